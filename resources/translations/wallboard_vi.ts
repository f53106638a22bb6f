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
        <location filename="../../wallboard/views/pages/agents.py" line="+84"/>
        <source>Nobody at the moment</source>
        <extracomment>Departments or languages listed at most, and not-ready reasons shown as tiles.</extracomment>
        <translation>Hiện không có ai</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>and %1 more</source>
        <translation>và %1 người nữa</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>On a contact over %1</source>
        <translation>Đang phục vụ quá %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready over %1</source>
        <translation>Chưa sẵn sàng quá %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="+182"/>
        <location filename="../../wallboard/views/pages/overview.py" line="+54"/>
        <source>waiting</source>
        <extracomment>Figures side by side in a cell at most. Figures with their labels, side by side; when empty, ``main`` alone.
----------
The largest tiles, in this order: what a supervisor looks up first. Rows of the smaller tiles. Departments shown on the overview, most urgent first.</extracomment>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>MĐPV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in backlog</source>
        <translation>tồn đọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest</source>
        <translation>cũ nhất</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agents available</source>
        <translation>ĐTV sẵn sàng</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Agents needed: %1; on the floor: logged in and not “not ready”</source>
        <translation>ĐTV cần: %1; đang trực: đã đăng nhập và không “chưa sẵn sàng”</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+111"/>
        <source>needed</source>
        <translation>cần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor</source>
        <translation>đang trực</translation>
    </message>
    <message>
        <location line="+172"/>
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
        <location filename="../../wallboard/views/pages/overview.py" line="+1"/>
        <source>longest</source>
        <translation>lâu nhất</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Service level: %1</source>
        <translation>Mức độ phục vụ: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="+150"/>
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
        <translation>Chờ</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <translation>Mức&#xa0;độ phục&#xa0;vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>Một tuần trước</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Yesterday: {offered} offered · service level {sl}</source>
        <translation>Hôm qua: {offered} tiếp nhận · mức độ phục vụ {sl}</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/settings.py" line="+335"/>
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
    <message>
        <location filename="../../wallboard/views/chrome.py" line="+98"/>
        <source>+ %1 more</source>
        <translation>+ %1 nữa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts</source>
        <translation>Không có cảnh báo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>back to normal, clears in %1</source>
        <translation>đã trở lại bình thường, tắt sau %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/window.py" line="+180"/>
        <source>next %1</source>
        <extracomment>The share of the width (and of the height) kept clear on each edge. A (or a click on the banner): acknowledge the first alert not yet acknowledged. Another page or sub-page was put on screen (the rotation, or a key); it is painted next.</extracomment>
        <translation>tiếp theo sau %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../wallboard/cli.py" line="+148"/>
        <source>%1: %2 pages</source>
        <translation>%1: %2 trang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 dòng</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/cli.py" line="+56"/>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ok</source>
        <translation>%1: hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no configuration file: the defaults</source>
        <translation>không có tệp cấu hình: giá trị mặc định</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no alert log at %1</source>
        <translation>không có nhật ký cảnh báo tại %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries written to %2</source>
        <translation>đã ghi %1 mục vào %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/credentials.py" line="+39"/>
        <source>Either start a Secret Service for this session (for example gnome-keyring or KWallet, normally part of the desktop login; make sure it is unlocked), or give the token in the %1 environment variable instead.</source>
        <translation>Hãy khởi động một Secret Service cho phiên này (ví dụ gnome-keyring hoặc KWallet, thường có sẵn khi đăng nhập màn hình; hãy chắc chắn nó đã được mở khóa), hoặc cung cấp mã truy cập qua biến môi trường %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not an absolute URL with a host: %1</source>
        <translation>không phải URL đầy đủ có máy chủ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid port in URL %1</source>
        <translation>cổng không hợp lệ trong URL %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL %1 needs a port: no default port for %2</source>
        <translation>URL %1 cần có cổng: %2 không có cổng mặc định</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no keyring backend is available</source>
        <translation>không có kho khóa nào khả dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring is disabled (null backend)</source>
        <translation>kho khóa đã bị tắt (null backend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring backend is available to chain</source>
        <translation>không có kho khóa nào khả dụng để nối chuỗi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot keep feed tokens: %1. %2</source>
        <translation>Không thể lưu mã truy cập nguồn dữ liệu: %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot keep feed tokens: the keyring (%1) is locked and was not unlocked. %2</source>
        <translation>Không thể lưu mã truy cập nguồn dữ liệu: kho khóa (%1) đang khóa và chưa được mở. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot keep feed tokens: the keyring (%1) failed: %2. %3</source>
        <translation>Không thể lưu mã truy cập nguồn dữ liệu: kho khóa (%1) gặp lỗi: %2. %3</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/report.py" line="+131"/>
        <source>no intervals are stored for %1 in %2</source>
        <extracomment>``--scope`` and the store&apos;s name of each kind of group.</extracomment>
        <translation>không có khoảng thời gian nào được lưu cho ngày %1 trong %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/login.py" line="+46"/>
        <source>Bearer token for %1: </source>
        <translation>Mã truy cập (Bearer) cho %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled, nothing stored</source>
        <translation>đã hủy, không lưu gì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no token given, nothing stored</source>
        <translation>chưa nhập mã truy cập, không lưu gì</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token for %1 stored in %2.</source>
        <translation>Đã lưu mã truy cập cho %1 vào %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 is set and is used instead of the stored token.</source>
        <translation>Lưu ý: %1 đã được đặt và sẽ được dùng thay cho mã truy cập đã lưu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token for %1 removed from the keyring.</source>
        <translation>Đã xóa mã truy cập cho %1 khỏi kho khóa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token was stored for %1.</source>
        <translation>Không có mã truy cập nào được lưu cho %1.</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="+162"/>
        <source>no snapshot arrived within %1 s</source>
        <translation>không nhận được ảnh chụp dữ liệu trong %1 giây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not follow the feed at %1: %2</source>
        <translation>không theo dõi được nguồn dữ liệu tại %1: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="+71"/>
        <source>Arabic</source>
        <extracomment>Names of the languages a centre serves, as ``QLocale.languageToString`` gives them, in the wall&apos;s language (context &quot;Language&quot;); a name not here stays English.</extracomment>
        <translation>Ả Rập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bangla</source>
        <translation>Bengal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filipino</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Hà Lan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turkish</source>
        <translation>Thổ Nhĩ Kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Ba Lan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Romania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungarian</source>
        <translation>Hungary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Đức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serbian</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Nga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Tây Ban Nha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italian</source>
        <translation>Ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Bồ Đào Nha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian</source>
        <translation>Ba Tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kurdish</source>
        <translation>Kurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepali</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinhala</source>
        <translation>Sinhala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Trung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Malay</source>
        <translation>Mã Lai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>Thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amhara</translation>
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
        <location filename="../../wallboard/views/settings.py" line="-740"/>
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
        <location line="+1"/>
        <source>Oldest message waiting, s</source>
        <translation>Tin nhắn chờ lâu nhất, giây</translation>
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
        <location filename="../../wallboard/present/staffing.py" line="+55"/>
        <source>%1 (pool)</source>
        <extracomment>Points under the target at which the projection is critical. &quot;14 · 11&quot;: agents needed, then agents on the floor. The service level projected for the next half hour with the floor as it is (that of the pool it makes with the groups it shares agents with). Agents needed beyond those on the floor (&quot;0&quot; when none); &quot;&quot; without a model figure.</extracomment>
        <translation>%1 (chung)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>groups sharing agents as one pool</source>
        <translation>các nhóm dùng chung ĐTV tính như một nhóm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>departments short: %1</source>
        <translation>bộ phận thiếu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/present/wall.py" line="+801"/>
        <source>Agents short</source>
        <translation>Thiếu ĐTV</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-538"/>
        <source>CONNECTING</source>
        <extracomment>What the small figure under the value is, as a label to translate with %1, %2 for ``detail_args`` (&quot;%1 abandoned&quot;); &quot;&quot; when there is none. The site&apos;s local date; the view writes it in the wall&apos;s language. &quot;LIVE&quot;, &quot;STALE&quot;, ... (translated by the view). How long the data has been silent, when it matters (&quot;42 s&quot;). The worst level of the row, and the levels of the cells that have one. Waiting contacts over the last hour, oldest first. &quot;needed · on the floor&quot; and the projected service level; &quot;&quot; when switched off. The two figures of ``staffing``, apart: agents needed, agents on the floor. Agents needed beyond those on the floor, &quot;0&quot; when none; &quot;&quot; when switched off. The department&apos;s active alerts on figures it has no cell for, as (label to translate, figure as shown, level): &quot;Abandon rate&quot;, &quot;12 %&quot;. &quot;needed · on the floor · projected&quot;, for languages; &quot;&quot; when not computed. False for channels not answered live (levels.DEFERRED_CHANNELS): their waiting is a backlog and their longest wait an age, judged in hours. The level of each figure, so the one that breaches is the one coloured. The oldest item waiting, in hours and minutes (&quot;5 h 12 m&quot;), for a backlog. Agents available now (the question of a many-language line). The agent&apos;s departments one by one (``departments`` is them joined). &quot;%1 over %2&quot; (agents past the limit, the limit), or &quot;no limit&quot;. Agents of each department, then of each language: (name, logged in, available, on contact); a department or language without agents is left out. The length of the business day in hours (23 or 25 when the clocks change). Where each interval&apos;s point and bar go, and the bar&apos;s width: the current interval ends at now, not in the future. The target as shown (&quot;80 %&quot;), with &quot; *&quot; when the queues&apos; own targets differ. The same weekday last week, from the store: x, offered, service level (NaN: none). (x, the site&apos;s local time there) at every whole hour of the business day. Yesterday&apos;s contacts offered and service level, as shown; &quot;—&quot; without data. What went wrong (translated by the view) and where: &quot;Longest wait&quot;, &quot;Health&quot;. The figure now, and the level it went past, as shown (&quot;4:12&quot;, &quot;3:00&quot;). Who acknowledged it, and from which wall; &quot;&quot; while it is not. How the figure compares with the level it went past: &quot;&gt;&quot; or &quot;&lt;&quot;. The figure is back; the time left before the alert clears (&quot;0:40&quot;), else &quot;&quot;. What goes in for %1, %2 in ``text`` (&quot;Contacts over %1&quot;: &quot;20:00&quot;). True when the figures are not live: every figure is then shown as old. The departments added up, in the board&apos;s columns. Troubles of the wall itself (its configuration, its alert log), until mended. The staffing model&apos;s name (&quot;Erlang C&quot;), and how shared agents are projected when groups share them; &quot;&quot; when staffing is switched off.</extracomment>
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
        <location line="+108"/>
        <source>target %1</source>
        <extracomment>The overview&apos;s tile of each figure an alert rule watches: an alert on the site, or on one of its queues, shows its level there, so every alert the banner names has a figure on the overview with its shape (a queue&apos;s alert judged by that queue&apos;s own target reaches the site&apos;s tile even where the site&apos;s figure is calm). The queue where the site&apos;s longest live wait is, &quot;&quot; when nobody waits.</extracomment>
        <translation>mục tiêu %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target %1 in %2</source>
        <translation>mục tiêu %1 trong %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting now</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in backlog</source>
        <translation>%1 tồn đọng</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+374"/>
        <source>Longest wait</source>
        <translation>Chờ lâu nhất</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-241"/>
        <source>Service level</source>
        <translation>Mức&#xa0;độ phục&#xa0;vụ</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Abandoned</source>
        <translation>Cuộc gọi bị bỏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 abandoned</source>
        <translation>%1 bị bỏ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+365"/>
        <source>Avg handle time</source>
        <translation>Thời gian xử lý TB</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>%1 over their limit</source>
        <translation>%1 quá giới hạn</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>First-contact resolution</source>
        <translation>Giải quyết lần đầu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts too long</source>
        <translation>Cuộc gọi quá lâu</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+361"/>
        <source>Out of scope</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location line="-369"/>
        <location line="+366"/>
        <source>Avg answer time</source>
        <translation>Trả lời TB</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Resolved</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at first contact</source>
        <translation>ngay lần đầu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered today</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered</source>
        <translation>%1 đã trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Occupancy</source>
        <translation>Tỷ lệ chiếm dụng</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>%1 logged in</source>
        <translation>%1 đăng nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+223"/>
        <source>%1 over %2</source>
        <translation>%1 quá %2</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>pending · %1 overdue</source>
        <translation>đang chờ · %1 quá hạn</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Callbacks pending</source>
        <translation>Gọi lại đang chờ</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>All departments</source>
        <extracomment>The figures a department&apos;s row shows in a cell of its own.</extracomment>
        <translation>Tất cả bộ phận</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>target %1 in %2 to %3</source>
        <translation>mục tiêu %1 trong %2 đến %3</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>no reason</source>
        <translation>không lý do</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-2"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
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
        <translation>Hồ&#xa0;sơ quá&#xa0;hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+3"/>
        <source>Overdue callbacks</source>
        <translation>Gọi&#xa0;lại quá&#xa0;hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>Tồn đọng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents not ready too long</source>
        <translation>Tổng đài viên chưa sẵn sàng quá lâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed not live</source>
        <translation>Nguồn dữ liệu không trực tiếp</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts over %1</source>
        <translation>Cuộc gọi quá %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents not ready past their limit</source>
        <translation>Tổng đài viên chưa sẵn sàng quá giới hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents not ready over %1</source>
        <translation>Tổng đài viên chưa sẵn sàng quá %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feed lost: reconnecting</source>
        <translation>Mất nguồn dữ liệu: đang kết nối lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed stale: figures are not live</source>
        <translation>Dữ liệu cũ: số liệu không trực tiếp</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+24"/>
        <source>Resynchronising</source>
        <translation>Đang đồng bộ lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>Không trực tiếp</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="-20"/>
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
        <extracomment>Words the views translate inside f-strings, where ``lupdate`` does not look (chrome.py and the pages).</extracomment>
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
        <source>targets vary</source>
        <translation>mục tiêu khác nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SL</source>
        <translation>MĐPV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL in 30 min</source>
        <translation>MĐPV sau 30 phút</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>cần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the floor</source>
        <translation>đang trực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue cases</source>
        <translation>hồ sơ quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue callbacks</source>
        <translation>gọi lại quá hạn</translation>
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
        <location filename="../../wallboard/views/pages/agents.py" line="-127"/>
        <source>logged in</source>
        <translation>đăng nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on contact</source>
        <translation>đang gọi</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../../wallboard/views/settings.py" line="-16"/>
        <source>Agents</source>
        <translation>Tổng đài viên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agents by state</source>
        <translation>Tổng đài viên theo trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready, by reason</source>
        <translation>Chưa sẵn sàng, theo lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents by department</source>
        <translation>Tổng đài viên theo bộ phận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents by language</source>
        <translation>Tổng đài viên theo ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="-275"/>
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
        <location line="+249"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Channels and languages</source>
        <extracomment>Cells in a row past which each cell is brief: its two figures and the longest wait.</extracomment>
        <translation>Kênh và ngôn ngữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="-8"/>
        <source>Department</source>
        <extracomment>A row&apos;s height as a multiple of its text size. The least a row gives up to (text sizes): a long name&apos;s two lines, drawn smaller. The totals row&apos;s height, in rows. How much larger than the smallest legible size the rows may grow: a few departments fill the page rather than leave its bottom empty. The staffing strip&apos;s height in rows&apos; text sizes. Departments shown in the staffing strip at most (the most urgent): few enough that each says &quot;needed&quot; and &quot;on the floor&quot; in words. The share of the board&apos;s width kept for department names. The usual widest figure of each column.</extracomment>
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
        <location filename="../../wallboard/present/wall.py" line="-448"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+1"/>
        <source>Callbacks</source>
        <translation>Gọi&#xa0;lại</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+2"/>
        <source>Last hour</source>
        <translation>Giờ qua</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Departments</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Agents needed and on the floor, and service level in 30 minutes</source>
        <extracomment>The departments added up, under the last row shown.</extracomment>
        <translation>ĐTV cần và đang trực, và mức độ phục vụ sau 30 phút</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="-38"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Overview</source>
        <extracomment>The wall&apos;s own page titles (the pages&apos; ``title``), in the wall&apos;s context.</extracomment>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Departments, most urgent first</source>
        <translation>Bộ phận, khẩn cấp nhất trước</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="-150"/>
        <location filename="../../wallboard/views/settings.py" line="+4"/>
        <source>Trends today</source>
        <extracomment>While only the current interval&apos;s figures change, its charts are redrawn at most this often (hours); at once when an interval is added. The page&apos;s charts, each redrawn apart: contacts per interval, service level, waiting. A line&apos;s points: x values and y values.</extracomment>
        <translation>Xu hướng hôm nay</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Languages: waiting · service level</source>
        <extracomment>The charts to redraw, in turn (an ordered set), and what each shows: (intervals, at now_hours, its figures as drawn).</extracomment>
        <translation>Ngôn ngữ: đang chờ · mức độ phục vụ</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/load.py" line="+79"/>
        <source>not valid TOML: %1</source>
        <extracomment>A fatal problem rejects the file; a warning (an unknown key) does not. The file&apos;s own table, before validation (for merging over a central file).</extracomment>
        <translation>không phải TOML hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>khóa không xác định, đã bỏ qua; có phải ý bạn là %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key, ignored; known here: %1</source>
        <translation>khóa không xác định, đã bỏ qua; các khóa hợp lệ ở đây: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a number</source>
        <translation>một giá trị số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table</source>
        <translation>một bảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1, got %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a number&quot;), %2 the kind found.</extracomment>
        <translation>cần %1, nhưng nhận được %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a whole number&quot;), %2 its bound as written (&quot;&lt;= 100&quot;).</extracomment>
        <translation>cần %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing the key %1</source>
        <translation>thiếu khóa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value %1</source>
        <translation>giá trị không hợp lệ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one page</source>
        <translation>cần ít nhất một trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a page twice</source>
        <translation>một trang được liệt kê hai lần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be above warning (%2) or equal to it</source>
        <translation>mức nghiêm trọng (%1) phải lớn hơn hoặc bằng mức cảnh báo (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be below warning (%2) or equal to it</source>
        <translation>mức nghiêm trọng (%1) phải nhỏ hơn hoặc bằng mức cảnh báo (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope %1 is not &apos;site&apos;, &apos;KIND:ID&apos; or &apos;KIND:*&apos; (KIND: department, queue, channel, language)</source>
        <translation>phạm vi %1 không phải &apos;site&apos;, &apos;KIND:ID&apos; hay &apos;KIND:*&apos; (KIND: department, queue, channel, language)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 is measured for the site only</source>
        <translation>chỉ số %1 chỉ được đo cho toàn trung tâm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric &apos;staffing_gap&apos; is measured for the site, departments and languages: scope must be &apos;site&apos;, &apos;department:...&apos; or &apos;language:...&apos;</source>
        <translation>chỉ số &apos;staffing_gap&apos; được đo cho toàn trung tâm, các bộ phận và các ngôn ngữ: phạm vi phải là &apos;site&apos;, &apos;department:...&apos; hoặc &apos;language:...&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metric %1 is a department&apos;s backlog: scope must be &apos;site&apos; or &apos;department:...&apos;</source>
        <translation>chỉ số %1 là tồn đọng của một bộ phận: phạm vi phải là &apos;site&apos; hoặc &apos;department:...&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 has no target: the rule needs &apos;warning&apos; (and may have &apos;critical&apos;)</source>
        <translation>chỉ số %1 không có mục tiêu: quy tắc cần &apos;warning&apos; (và có thể có &apos;critical&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical must be past warning (above it, or below it for a figure where lower is worse)</source>
        <translation>mức nghiêm trọng phải vượt mức cảnh báo (cao hơn, hoặc thấp hơn với chỉ số càng thấp càng xấu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not like &apos;Mon-Fri 08:00-18:00&apos;</source>
        <translation>%1 không đúng dạng &apos;Mon-Fri 08:00-18:00&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a time of day</source>
        <translation>%1 không phải là giờ trong ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rules have the id %1</source>
        <translation>hai quy tắc có cùng mã %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily_at must be HH:MM, not %1</source>
        <translation>daily_at phải có dạng HH:MM, không phải %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a limit cannot be negative (%2); 0 means none</source>
        <translation>%1: giới hạn không được âm (%2); 0 nghĩa là không giới hạn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (one of: %2)</source>
        <extracomment>%1 what is wrong with a value; %2 the values the key takes, as written.</extracomment>
        <translation>%1 (một trong: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>không phải văn bản UTF-8 (%1 tại byte %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/store.py" line="+272"/>
        <source>no such file; using the defaults</source>
        <extracomment>The local file; None when the configuration is only a central one. A missing file is a problem only when the user named it. path -&gt; (signature, text, error) of the files read, to read each only when changed. Bumped each time a new configuration comes into force. True when the file was rejected before any good one was read.</extracomment>
        <translation>không có tệp này; đang dùng giá trị mặc định</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>central configuration: cannot read: %1</source>
        <translation>cấu hình trung tâm: không đọc được: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>central configuration unreachable (%1); using the last copy</source>
        <translation>không truy cập được cấu hình trung tâm (%1); đang dùng bản gần nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>central configuration unreachable (%1); not loaded yet</source>
        <translation>không truy cập được cấu hình trung tâm (%1); chưa tải được</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/client.py" line="+137"/>
        <source>authentication failed (HTTP %1): the server refused the token</source>
        <extracomment>Close codes after which the server wants us back at once (section &quot;Transport&quot;). How often the session&apos;s timers are checked. Messages applied under one hold of the engine&apos;s lock (about a millisecond&apos;s work). How often the feed&apos;s thread works out the staffing figures (seconds). Seconds of silence before the figures are stale (rule 6). A CA bundle to verify the server with, instead of the system&apos;s. Stop at a configuration problem (for scripts) instead of retrying (for walls). Reconnection backoff: from ``backoff_base_s`` doubling up to ``backoff_cap_s``. How often the token is looked up again while authentication has failed. After an authentication failure, try again this often even with the same token (a kiosk: the server may have been at fault, and nobody is there to press R); ``None`` waits for a new token or :meth:`FeedClient.retry`. Gives way to the screen&apos;s thread while it draws (see :mod:`wallboard.feed.gate`). Why the token could not be read the last time it was asked for, if it could not.</extracomment>
        <translation>xác thực thất bại (HTTP %1): máy chủ từ chối mã truy cập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authentication failed (HTTP %1): no token could be read. %2</source>
        <translation>xác thực thất bại (HTTP %1): không đọc được mã truy cập. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; trying again every %2 s</source>
        <translation>%1; thử lại sau mỗi %2 giây</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server answered HTTP %1 to the handshake</source>
        <translation>máy chủ trả lời bắt tay bằng HTTP %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>invalid feed URL %1: %2</source>
        <translation>địa chỉ nguồn dữ liệu không hợp lệ %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server at %1 did not select subprotocol %2: it does not speak the wallboard feed protocol</source>
        <translation>máy chủ tại %1 không chọn giao thức con %2: máy chủ không dùng giao thức nguồn dữ liệu của wallboard</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a frame over the 16 MiB limit was refused (protocol error)</source>
        <translation>đã từ chối một khung vượt giới hạn 16 MiB (lỗi giao thức)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed</source>
        <translation>kết nối đã đóng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server closed the connection (%1)</source>
        <translation>máy chủ đã đóng kết nối (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection dropped</source>
        <translation>kết nối bị ngắt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>không đọc được tệp CA %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>TLS certificate verification failed for %1: %2</source>
        <translation>xác minh chứng chỉ TLS thất bại với %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS error with %1: %2</source>
        <translation>lỗi TLS với %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1: connection refused</source>
        <translation>không kết nối được tới %1: kết nối bị từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out connecting to %1</source>
        <translation>hết thời gian chờ khi kết nối tới %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection to %1 failed: %2</source>
        <translation>kết nối tới %1 thất bại: %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/session.py" line="+158"/>
        <source>inconsistent delta: %1</source>
        <extracomment>Seconds to wait for a snapshot after asking for one (rule 2). Default seconds of silence after which the figures are stale (rule 6). Dropped elements logged one by one per snapshot; the rest in one line.</extracomment>
        <translation>bản cập nhật không nhất quán: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad message (%1): %2</source>
        <translation>tin nhắn lỗi (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad message: %1</source>
        <translation>tin nhắn lỗi: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>snapshot at seq %1: %2 element(s) left out, first a %3: %4</source>
        <translation>ảnh chụp dữ liệu ở số thứ tự %1: bỏ qua %2 phần tử, đầu tiên là một %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no snapshot arrived within 10 s; reconnecting</source>
        <translation>không nhận được ảnh chụp dữ liệu trong 10 giây; đang kết nối lại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no message for %1 s; reconnecting</source>
        <translation>không có tin nhắn trong %1 giây; đang kết nối lại</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>sequence gap: expected %1, got %2</source>
        <translation>đứt quãng số thứ tự: cần %1, nhận được %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/bridge.py" line="+176"/>
        <source>the defaults are in use</source>
        <extracomment>A new configuration came into force (the file changed): the window applies it. The alert rules always run; without a log unless one is given. Alert events of the last refresh (tests and the log read them). The departments&apos; order from one refresh to the next (it does not shuffle). Writes the interval store, when the wall keeps one (its troubles are shown). Seconds each refresh took in the UI thread, the last few hundred (benchmarks).</extracomment>
        <translation>đang dùng giá trị mặc định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last good configuration stays in force</source>
        <translation>cấu hình hợp lệ gần nhất vẫn được áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration not applied: %1</source>
        <translation>Chưa áp dụng cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="-5"/>
        <source>authentication failed</source>
        <extracomment>A one-line reason when the probe could not connect or authenticate.</extracomment>
        <translation>xác thực thất bại</translation>
    </message>
    <message>
        <location filename="../../wallboard/alerts/log.py" line="+142"/>
        <source>Alert log not written (%1): %2 waiting, %3 lost</source>
        <translation>Không ghi được nhật ký cảnh báo (%1): %2 đang chờ, %3 bị mất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert log not written (%1): %2 waiting</source>
        <translation>Không ghi được nhật ký cảnh báo (%1): %2 đang chờ</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/writer.py" line="+105"/>
        <source>Interval store not written (%1); trying again</source>
        <extracomment>The first write comes this soon after the start (seconds), so a restarted wall&apos;s trends get the day&apos;s earlier waiting from the store at once. How long a damaged file that was set aside stays mentioned on the wall. The figures, only while they are live: stale &quot;now&quot; figures are not samples. When the sample was taken (the wall clock). Daily reports, written after a write on this same thread. The same weekday last week from the store, for the trends (read by the screen). The day before, from the store, for the trends&apos; summary of yesterday. The day&apos;s waiting stored before this run: (date, ((time, mean waiting), ...)).</extracomment>
        <translation>Không ghi được kho dữ liệu theo khoảng (%1); đang thử lại</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Interval store was damaged: kept aside as %1, a new one started</source>
        <translation>Kho dữ liệu theo khoảng bị hỏng: đã cất riêng thành %1, bắt đầu kho mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval store was damaged: not moved, a new one started</source>
        <translation>Kho dữ liệu theo khoảng bị hỏng: không chuyển đi được, bắt đầu kho mới</translation>
    </message>
</context>
</TS>
