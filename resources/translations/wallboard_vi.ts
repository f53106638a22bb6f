<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../wallboard/views/guard.py" line="+165"/>
        <source>The wall was restarted after a fault; the log has the details.</source>
        <extracomment>``slot``, ``thread`` or ``abort``: crash the first run of the wall on purpose.</extracomment>
        <translation>Màn hình đã khởi động lại sau sự cố; chi tiết có trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="+66"/>
        <source>Nobody at the moment</source>
        <translation>Hiện không có ai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>và %1 người nữa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>On a contact over %1</source>
        <translation>Đang phục vụ quá %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready over %1</source>
        <translation>Chưa sẵn sàng quá %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="+158"/>
        <source>Agents needed: %1; on the floor: logged in and not “not ready”</source>
        <translation>ĐTV cần: %1; đang trực: đã đăng nhập và không “chưa sẵn sàng”</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+196"/>
        <source>Page %1 of %2, most urgent first</source>
        <translation>Trang %1/%2, khẩn cấp nhất trước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most urgent first</source>
        <translation>Khẩn cấp nhất trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agents needed: %1</source>
        <translation>ĐTV cần: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="+51"/>
        <source>Service level: %1</source>
        <translation>Mức độ phục vụ: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="+94"/>
        <source>Contacts per 15 minutes</source>
        <translation>Liên hệ mỗi 15 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>Mức độ phục vụ, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offered</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered, a week ago</source>
        <translation>Tiếp nhận, một tuần trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level</source>
        <translation>Mức độ phục vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>Một tuần trước</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/settings.py" line="+334"/>
        <source>Primary screen</source>
        <extracomment>A scope of the thresholds: () for the site, or (table, id) such as (&quot;departments&quot;, &quot;tax&quot;). The level a cell takes when it is empty, in grey. Settings the file has wrong: written as shown on Apply, changed or not. The thresholds&apos; cells of each scope, as typed (warning, critical).</extracomment>
        <translation>Màn hình chính</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Settings file: {}</source>
        <translation>Tệp cài đặt: {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laid over {}: what this file leaves out comes from there and is not shown here.</source>
        <translation>Dựa trên {}: những gì tệp này không đặt sẽ lấy từ đó và không hiển thị ở đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has mistakes; the settings they concern show their defaults, and Apply writes what is shown:</source>
        <translation>Tệp có lỗi; các cài đặt liên quan hiển thị giá trị mặc định, và Áp dụng sẽ ghi những gì đang hiển thị:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wall ignores these keys of the file:</source>
        <translation>Màn hình bỏ qua các khóa sau của tệp:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{} (not connected)</source>
        <translation>{} (chưa kết nối)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add scope…</source>
        <translation>Thêm phạm vi…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the queue&apos;s target</source>
        <translation>mục tiêu của hàng đợi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} under warning</source>
        <translation>{} dưới mức cảnh báo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>CA bundle</source>
        <translation>Gói chứng chỉ CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert sound</source>
        <translation>Âm thanh cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV sounds (*.wav);;All files (*)</source>
        <translation>Âm thanh WAV (*.wav);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Thresholds, {}, {}: {} is not a number</source>
        <translation>Ngưỡng, {}, {}: {} không phải là số</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A token needs the feed&apos;s URL (wss://…) to be kept under; nothing was saved.</source>
        <translation>Mã truy cập cần URL của nguồn dữ liệu (wss://…) để lưu kèm; chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token is stored in the keyring for {}.</source>
        <translation>Mã truy cập đã được lưu trong kho khóa cho {}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {}: {}</source>
        <translation>Không đọc được {}: {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid TOML; mend it in an editor first:</source>
        <translation>Tệp không phải TOML hợp lệ; hãy sửa trong trình soạn thảo trước:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved:</source>
        <translation>Chưa lưu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {}: {}</source>
        <translation>Không ghi được {}: {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {}; the wall takes it within a second.</source>
        <translation>Đã lưu vào {}; màn hình áp dụng trong vòng một giây.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{}, line {}</source>
        <translation>{}, dòng {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a warning)</source>
        <translation> (cảnh báo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site</source>
        <translation>Trung tâm</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="+67"/>
        <source>Arabic</source>
        <extracomment>Names of the languages a centre serves, as ``QLocale.languageToString`` gives them, in the wall&apos;s language (context &quot;Language&quot;); a name not here stays English.</extracomment>
        <translation>Tiếng Ả Rập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Tiếng Urdu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hindi</source>
        <translation>Tiếng Hindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malayalam</source>
        <translation>Tiếng Malayalam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bangla</source>
        <translation>Tiếng Bengal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filipino</source>
        <translation>Tiếng Philippines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Tiếng Pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Tiếng Hà Lan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turkish</source>
        <translation>Tiếng Thổ Nhĩ Kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Tiếng Ba Lan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Tiếng Romania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungarian</source>
        <translation>Tiếng Hungary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Tiếng Đức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serbian</source>
        <translation>Tiếng Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Tiếng Ukraina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Tiếng Nga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italian</source>
        <translation>Tiếng Ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Tiếng Bồ Đào Nha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian</source>
        <translation>Tiếng Ba Tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Tiếng Pashto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kurdish</source>
        <translation>Tiếng Kurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Tiếng Somali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tamil</source>
        <translation>Tiếng Tamil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepali</source>
        <translation>Tiếng Nepal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinhala</source>
        <translation>Tiếng Sinhala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khmer</source>
        <translation>Tiếng Khmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>Tiếng Indonesia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Malay</source>
        <translation>Tiếng Mã Lai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swahili</source>
        <translation>Tiếng Swahili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Tiếng Amhara</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-31"/>
        <source>OK</source>
        <extracomment>Qt&apos;s own words on the settings dialog&apos;s buttons: the frozen application carries no Qt translations, and Qt has none for Vietnamese or Romanian.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wallboard/views/settings.py" line="-739"/>
        <source>Waiting now</source>
        <extracomment>The start of a file the dialog creates.</extracomment>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait, s</source>
        <translation>Chờ lâu nhất, giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>Mức độ phục vụ, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon rate, %</source>
        <translation>Tỷ lệ cuộc gọi bị bỏ, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average speed of answer, s</source>
        <translation>Tốc độ trả lời trung bình, giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average handle time, s</source>
        <translation>Thời gian xử lý trung bình, giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution, %</source>
        <translation>Giải quyết ngay lần đầu, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope, %</source>
        <translation>Ngoài phạm vi, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy, %</source>
        <translation>Tỷ lệ chiếm dụng, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue callbacks</source>
        <translation>Gọi lại quá hạn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Department</source>
        <extracomment>Tables of ``[targets]`` with levels per id, and how the scope selector names one.</extracomment>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department: {}</source>
        <translation>Bộ phận: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: {}</source>
        <translation>Hàng đợi: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {}</source>
        <translation>Kênh: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {}</source>
        <translation>Ngôn ngữ: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark, for control rooms</source>
        <translation>Tối, cho phòng điều hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, for bright offices</source>
        <translation>Sáng, cho văn phòng sáng sủa</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+23"/>
        <source>Wallboard settings</source>
        <translation>Cài đặt màn hình</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed &amp;URL:</source>
        <translation>&amp;URL nguồn dữ liệu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wss://feed.example.org/wallboard (empty: no feed)</source>
        <translation>wss://feed.example.org/wallboard (để trống: không có nguồn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CA file:</source>
        <translation>Tệp &amp;CA:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system&apos;s certificates</source>
        <translation>chứng chỉ của hệ thống</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+558"/>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>&amp;Stale after:</source>
        <translation>&amp;Cũ sau:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+249"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Service-level &amp;rule:</source>
        <translation>&amp;Quy tắc mức độ phục vụ:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New token:</source>
        <translation>Mã truy cập &amp;mới:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty: keep the stored token</source>
        <translation>để trống: giữ mã đã lưu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the operating system&apos;s keyring, never in the file.</source>
        <translation>Được lưu trong kho khóa của hệ điều hành, không bao giờ trong tệp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyring:</source>
        <translation>Kho khóa:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;creen:</source>
        <translation>&amp;Màn hình:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In a &amp;window instead of full screen</source>
        <translation>Trong &amp;cửa sổ thay vì toàn màn hình</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Giao diện:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system&apos;s language (e.g. en, ar, fr)</source>
        <translation>ngôn ngữ của hệ thống (vd. en, ar, fr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Trang:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Xuống</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Each page for:</source>
        <translation>&amp;Mỗi trang trong:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>always the first page</source>
        <translation>luôn trang đầu tiên</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Refresh:</source>
        <translation>&amp;Làm mới:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> a second</source>
        <translation> mỗi giây</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wall &amp;name:</source>
        <translation>&amp;Tên màn hình:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the computer&apos;s host name</source>
        <translation>tên máy tính</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thresholds</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels &amp;for:</source>
        <translation>Mức &amp;cho:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its id in the feed, e.g. health</source>
        <translation>mã định danh trong nguồn dữ liệu, vd. health</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A level is reached when the figure goes past it: above it, or below it for a figure marked ↓. An empty cell takes the level of the wider scope, shown in grey; &quot;none&quot; means never.</source>
        <translation>Một mức được coi là đạt khi số liệu vượt qua nó: lên trên, hoặc xuống dưới với số liệu có dấu ↓. Ô trống lấy mức của phạm vi rộng hơn, hiển thị màu xám; &quot;none&quot; nghĩa là không bao giờ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Play a sound when a critical alert fires</source>
        <translation>&amp;Phát âm thanh khi có cảnh báo nghiêm trọng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>Â&amp;m lượng:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sound &amp;file:</source>
        <translation>&amp;Tệp âm thanh:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the built-in chime</source>
        <translation>chuông có sẵn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the &amp;built-in alert rules</source>
        <translation>Dùng quy tắc cảnh báo &amp;có sẵn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch each department for &amp;unusual abandon, transfer and out-of-scope rates</source>
        <translation>Theo dõi mỗi bộ phận để phát hiện tỷ lệ bỏ cuộc gọi, chuyển tiếp và ngoài phạm vi &amp;bất thường</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusual &amp;from:</source>
        <translation>Bất thường &amp;từ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> standard deviations above the baseline</source>
        <translation> độ lệch chuẩn trên mức cơ sở</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rules of your own ([[alerts.rules]]) are edited in the file.</source>
        <translation>Quy tắc riêng ([[alerts.rules]]) được sửa trong tệp.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../wallboard/present/staffing.py" line="+68"/>
        <source>groups sharing agents as one pool</source>
        <extracomment>Points under the target at which the projection is critical. &quot;14 · 11&quot;: agents needed, then agents on the floor. The service level projected for the next half hour with the floor as it is (that of the pool it makes with the groups it shares agents with).</extracomment>
        <translation>các nhóm dùng chung ĐTV tính như một nhóm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>departments short: %1</source>
        <translation>bộ phận thiếu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/present/wall.py" line="+467"/>
        <source>Agents short</source>
        <translation>Thiếu tổng đài viên</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-271"/>
        <source>CONNECTING</source>
        <extracomment>The site&apos;s local date; the view writes it in the wall&apos;s language. &quot;LIVE&quot;, &quot;STALE&quot;, ... (translated by the view). How long the data has been silent, when it matters (&quot;42 s&quot;). The worst level of the row, and the levels of the cells that have one. Waiting contacts over the last hour, oldest first. &quot;needed · on the floor&quot; and the projected service level; &quot;&quot; when switched off. &quot;needed · on the floor · projected&quot;, for languages; &quot;&quot; when not computed. The length of the business day in hours (23 or 25 when the clocks change). Where each interval&apos;s point and bar go, and the bar&apos;s width: the current interval ends at now, not in the future. The target as shown (&quot;80 %&quot;), with &quot; *&quot; when the queues&apos; own targets differ. The same weekday last week, from the store: x, offered, service level (NaN: none). What went wrong (translated by the view) and where: &quot;Longest wait&quot;, &quot;Health&quot;. The figure now, and the level it went past, as shown (&quot;4:12&quot;, &quot;3:00&quot;). Who acknowledged it, and from which wall; &quot;&quot; while it is not. True when the figures are not live: every figure is then shown as old. Troubles of the wall itself (its configuration, its alert log), until mended. The staffing model&apos;s name (&quot;Erlang C&quot;), and how shared agents are projected when groups share them; &quot;&quot; when staffing is switched off.</extracomment>
        <translation>ĐANG KẾT NỐI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE</source>
        <translation>TRỰC TIẾP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STALE</source>
        <translation>DỮ LIỆU CŨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECONNECTING</source>
        <translation>ĐANG KẾT NỐI LẠI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTHENTICATION FAILED</source>
        <translation>XÁC THỰC THẤT BẠI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STOPPED</source>
        <translation>ĐÃ DỪNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing</source>
        <translation>Đang đổ chuông</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On contact</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>Xử lý sau cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>Chưa sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>thresholds vary</source>
        <translation>ngưỡng khác nhau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting now</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <source>Longest wait</source>
        <translation>Chờ lâu nhất</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+196"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-165"/>
        <source>Service level</source>
        <translation>Mức độ phục vụ</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Abandoned</source>
        <translation>Cuộc gọi bị bỏ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+189"/>
        <source>Avg speed of answer</source>
        <translation>Tốc độ trả lời TB</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+188"/>
        <source>Avg handle time</source>
        <translation>Thời gian xử lý TB</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+187"/>
        <source>First-contact resolution</source>
        <translation>Giải quyết lần đầu</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Out of scope</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Offered today</source>
        <translation>Tiếp nhận hôm nay</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Occupancy</source>
        <translation>Tỷ lệ chiếm dụng</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+174"/>
        <source>Callbacks pending</source>
        <translation>Gọi lại đang chờ</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>%1 overdue</source>
        <translation>%1 quá hạn</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>no reason</source>
        <translation>không lý do</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-2"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandon rate</source>
        <translation>Tỷ lệ cuộc gọi bị bỏ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+4"/>
        <source>Overdue cases</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+3"/>
        <source>Overdue callbacks</source>
        <translation>Gọi lại quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>Tồn đọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts over 20 minutes</source>
        <translation>Cuộc gọi quá 20 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents not ready too long</source>
        <translation>Tổng đài viên chưa sẵn sàng quá lâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed not live</source>
        <translation>Nguồn dữ liệu không trực tiếp</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Feed lost: reconnecting</source>
        <translation>Mất nguồn dữ liệu: đang kết nối lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed stale: figures are not live</source>
        <translation>Dữ liệu cũ: số liệu không trực tiếp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No feed configured</source>
        <translation>Chưa cấu hình nguồn dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --url URL, or --demo to see the built-in simulated centre.</source>
        <translation>Khởi động với --url URL, hoặc --demo để xem trung tâm mô phỏng có sẵn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed</source>
        <translation>Xác thực thất bại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a new token with: wallboard login --url URL, then press R to retry.</source>
        <translation>Lưu mã truy cập mới bằng: wallboard login --url URL, rồi nhấn R để thử lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the feed</source>
        <translation>Không kết nối được nguồn dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the feed address and that the server is running; the wall keeps trying.</source>
        <translation>Kiểm tra địa chỉ nguồn dữ liệu và máy chủ có đang chạy; màn hình vẫn tiếp tục thử.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Resynchronising</source>
        <translation>Đang đồng bộ lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>Không trực tiếp</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="-17"/>
        <source>d</source>
        <extracomment>Languages written right to left: the whole wall is mirrored for them. The languages the wall is translated into, besides English (its source). Languages whose percent sign comes first (CLDR: &quot;%87&quot; in Turkish). Languages that write the percent sign right after the number (CLDR).</extracomment>
        <translation>ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>phút</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledged</source>
        <extracomment>Words the views translate inside f-strings, where ``lupdate`` does not look (chrome.py, pages/channels.py, pages/departments.py, pages/trends.py).</extracomment>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longest</source>
        <translation>lâu nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offered</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in 30 min</source>
        <translation>sau 30 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>targets vary</source>
        <translation>mục tiêu khác nhau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>answered in threshold / (answered + abandoned − short abandons)</source>
        <extracomment>The service-level rules as ``SlRule.describe()`` states them (wallboard/engine/figures.py).</extracomment>
        <translation>trả lời trong ngưỡng / (đã trả lời + bị bỏ − bỏ nhanh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / answered</source>
        <translation>trả lời trong ngưỡng / đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / (answered + abandoned)</source>
        <translation>trả lời trong ngưỡng / (đã trả lời + bị bỏ)</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="-32"/>
        <location filename="../../wallboard/views/settings.py" line="-16"/>
        <source>Agents</source>
        <translation>Tổng đài viên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agents by state</source>
        <translation>Tổng đài viên theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="-139"/>
        <source>Voice</source>
        <translation>Thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Cổng thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+113"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Channels and languages</source>
        <translation>Kênh và ngôn ngữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels: waiting · service level</source>
        <translation>Kênh: đang chờ · mức độ phục vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages: waiting · service level; agents needed · on the floor → service level in 30 min</source>
        <translation>Ngôn ngữ: đang chờ · mức độ phục vụ; ĐTV cần · đang trực → mức độ phục vụ sau 30 phút</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="-8"/>
        <source>Department</source>
        <extracomment>A row&apos;s height as a multiple of its text size. How much larger than the smallest legible size the rows may grow. The staffing strip&apos;s height in rows&apos; text sizes. Departments shown in the staffing strip at most. The share of the board&apos;s width kept for department names.</extracomment>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest</source>
        <translation>Lâu nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases</source>
        <translation>Hồ sơ mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest case</source>
        <translation>Hồ sơ cũ nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Giờ qua</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Departments</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agents needed · on the floor, and service level in 30 minutes</source>
        <translation>ĐTV cần · đang trực, và mức độ phục vụ sau 30 phút</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="-31"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Overview</source>
        <extracomment>The wall&apos;s own page titles (the pages&apos; ``title``), in the wall&apos;s context.</extracomment>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="-37"/>
        <location filename="../../wallboard/views/settings.py" line="+4"/>
        <source>Trends today</source>
        <extracomment>The charts are redrawn at least this often (hours), and when points are added. The time axis moves when the day has moved on by this much (hours). Qt&apos;s pixmap cache, in KiB. Each axis is kept as a pixmap (replaying its drawing took 8 ms an axis at 4K, on every page turn), and with the grid the left axis covers its whole chart: at 3840x2160 the three charts need about 25 MB, more than Qt&apos;s 10 MB default.</extracomment>
        <translation>Xu hướng hôm nay</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Languages: waiting · service level</source>
        <translation>Ngôn ngữ: đang chờ · mức độ phục vụ</translation>
    </message>
</context>
</TS>
