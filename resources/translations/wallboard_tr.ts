<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name></name>
    <message>
        <location filename="../../wallboard/views/guard.py" line="+165"/>
        <source>The wall was restarted after a fault; the log has the details.</source>
        <extracomment>``slot``, ``thread`` or ``abort``: crash the first run of the wall on purpose.</extracomment>
        <translation>Pano bir arızadan sonra yeniden başlatıldı; ayrıntılar günlükte.</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="+84"/>
        <source>Nobody at the moment</source>
        <extracomment>Departments or languages listed at most, and not-ready reasons shown as tiles.</extracomment>
        <translation>Şu an kimse yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>and %1 more</source>
        <translation>ve %1 kişi daha</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>On a contact over %1</source>
        <translation>%1 süreyi aşan görüşmede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready over %1</source>
        <translation>%1 süreden uzun hazır değil</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="+182"/>
        <location filename="../../wallboard/views/pages/overview.py" line="+54"/>
        <source>waiting</source>
        <extracomment>Figures side by side in a cell at most. Figures with their labels, side by side; when empty, ``main`` alone.
----------
The largest tiles, in this order: what a supervisor looks up first. Rows of the smaller tiles. Departments shown on the overview, most urgent first.</extracomment>
        <translation>bekleyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>HS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in backlog</source>
        <translation>birikmiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest</source>
        <translation>en eski</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agents available</source>
        <translation>müsait temsilci</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Agents needed: %1; on the floor: logged in and not “not ready”</source>
        <translation>Gereken temsilci: %1; sahada: oturum açmış ve “hazır değil” olmayanlar</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+111"/>
        <source>needed</source>
        <translation>gereken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor</source>
        <translation>sahada</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2, most urgent first</source>
        <translation>Sayfa %1 / %2, en acil olan önce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most urgent first</source>
        <translation>En acil olan önce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agents needed: %1</source>
        <translation>gereken temsilci: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="+1"/>
        <source>longest</source>
        <translation>en uzun</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Service level: %1</source>
        <translation>Hizmet seviyesi: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="+150"/>
        <source>Contacts per 15 minutes</source>
        <translation>15 dakikada gelen temaslar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>Hizmet seviyesi, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offered</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Cevaplanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered, a week ago</source>
        <translation>Gelen, bir hafta önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level</source>
        <translation>Hizmet seviyesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>Bir hafta önce</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Yesterday: {offered} offered · service level {sl}</source>
        <translation>Dün: {offered} gelen · hizmet seviyesi {sl}</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/settings.py" line="+335"/>
        <source>Primary screen</source>
        <extracomment>A scope of the thresholds: () for the site, or (table, id) such as (&quot;departments&quot;, &quot;tax&quot;). The level a cell takes when it is empty, in grey. Settings the file has wrong: written as shown on Apply, changed or not. The thresholds&apos; cells of each scope, as typed (warning, critical).</extracomment>
        <translation>Birincil ekran</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Settings file: {}</source>
        <translation>Ayar dosyası: {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laid over {}: what this file leaves out comes from there and is not shown here.</source>
        <translation>{} üzerine kurulu: bu dosyanın belirtmediği ayarlar oradan gelir ve burada gösterilmez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has mistakes; the settings they concern show their defaults, and Apply writes what is shown:</source>
        <translation>Dosyada hatalar var; ilgili ayarlar varsayılan değerleriyle gösteriliyor ve Uygula gösterileni yazar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wall ignores these keys of the file:</source>
        <translation>Pano dosyanın şu anahtarlarını yok sayar:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{} (not connected)</source>
        <translation>{} (bağlı değil)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add scope…</source>
        <translation>Kapsam ekle…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the queue&apos;s target</source>
        <translation>kuyruğun hedefi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} under warning</source>
        <translation>uyarının {} altı</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>CA bundle</source>
        <translation>CA paketi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert sound</source>
        <translation>Uyarı sesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV sounds (*.wav);;All files (*)</source>
        <translation>WAV sesleri (*.wav);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Thresholds, {}, {}: {} is not a number</source>
        <translation>Eşikler, {}, {}: {} bir sayı değil</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A token needs the feed&apos;s URL (wss://…) to be kept under; nothing was saved.</source>
        <translation>Belirteç, altında saklanacağı veri akışı URL&apos;sini (wss://…) gerektirir; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token is stored in the keyring for {}.</source>
        <translation>Belirteç {} için anahtarlıkta saklandı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {}: {}</source>
        <translation>{} okunamıyor: {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid TOML; mend it in an editor first:</source>
        <translation>Dosya geçerli bir TOML değil; önce bir düzenleyicide düzeltin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved:</source>
        <translation>Kaydedilmedi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {}: {}</source>
        <translation>{} yazılamıyor: {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {}; the wall takes it within a second.</source>
        <translation>{} dosyasına kaydedildi; pano bir saniye içinde uygular.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{}, line {}</source>
        <translation>{}, satır {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a warning)</source>
        <translation> (uyarı)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/chrome.py" line="+98"/>
        <source>+ %1 more</source>
        <translation>+ %1 tane daha</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts</source>
        <translation>Uyarı yok</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>back to normal, clears in %1</source>
        <translation>normale döndü, %1 içinde kalkar</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/window.py" line="+180"/>
        <source>next %1</source>
        <extracomment>The share of the width (and of the height) kept clear on each edge. A (or a click on the banner): acknowledge the first alert not yet acknowledged. Another page or sub-page was put on screen (the rotation, or a key); it is painted next.</extracomment>
        <translation>sonraki %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../wallboard/cli.py" line="+148"/>
        <source>%1: %2 pages</source>
        <translation>%1: %2 sayfa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 satır</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/cli.py" line="+56"/>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ok</source>
        <translation>%1: sorun yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no configuration file: the defaults</source>
        <translation>yapılandırma dosyası yok: varsayılanlar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no alert log at %1</source>
        <translation>%1 konumunda uyarı kaydı yok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries written to %2</source>
        <translation>%2 dosyasına %1 kayıt yazıldı</translation>
    </message>
    <message>
        <location filename="../../wallboard/credentials.py" line="+39"/>
        <source>Either start a Secret Service for this session (for example gnome-keyring or KWallet, normally part of the desktop login; make sure it is unlocked), or give the token in the %1 environment variable instead.</source>
        <translation>Ya bu oturum için bir Secret Service başlatın (örneğin gnome-keyring ya da KWallet; genellikle masaüstü oturum açılışının parçasıdır, kilidinin açık olduğundan emin olun) ya da belirteci bunun yerine %1 ortam değişkeninde verin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not an absolute URL with a host: %1</source>
        <translation>ana makine içeren mutlak bir URL değil: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid port in URL %1</source>
        <translation>%1 URL&apos;sinde geçersiz bağlantı noktası</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL %1 needs a port: no default port for %2</source>
        <translation>%1 URL&apos;si bir bağlantı noktası gerektiriyor: %2 için varsayılan bağlantı noktası yok</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no keyring backend is available</source>
        <translation>kullanılabilir bir anahtarlık arka ucu yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring is disabled (null backend)</source>
        <translation>anahtarlık devre dışı (null backend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring backend is available to chain</source>
        <translation>zincirlenecek kullanılabilir bir anahtarlık arka ucu yok</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot keep feed tokens: %1. %2</source>
        <translation>Veri akışı belirteçleri saklanamıyor: %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot keep feed tokens: the keyring (%1) is locked and was not unlocked. %2</source>
        <translation>Veri akışı belirteçleri saklanamıyor: anahtarlık (%1) kilitli ve kilidi açılmadı. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot keep feed tokens: the keyring (%1) failed: %2. %3</source>
        <translation>Veri akışı belirteçleri saklanamıyor: anahtarlık (%1) hata verdi: %2. %3</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/report.py" line="+131"/>
        <source>no intervals are stored for %1 in %2</source>
        <extracomment>``--scope`` and the store&apos;s name of each kind of group.</extracomment>
        <translation>%2 içinde %1 için kayıtlı aralık yok</translation>
    </message>
    <message>
        <location filename="../../wallboard/login.py" line="+46"/>
        <source>Bearer token for %1: </source>
        <translation>%1 için erişim belirteci (Bearer): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled, nothing stored</source>
        <translation>iptal edildi, hiçbir şey saklanmadı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no token given, nothing stored</source>
        <translation>belirteç girilmedi, hiçbir şey saklanmadı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token for %1 stored in %2.</source>
        <translation>%1 belirteci %2 içinde saklandı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 is set and is used instead of the stored token.</source>
        <translation>Not: %1 tanımlı ve saklanan belirteç yerine o kullanılıyor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token for %1 removed from the keyring.</source>
        <translation>%1 belirteci anahtarlıktan kaldırıldı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token was stored for %1.</source>
        <translation>%1 için saklanmış bir belirteç yoktu.</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="+162"/>
        <source>no snapshot arrived within %1 s</source>
        <translation>%1 sn içinde anlık görüntü gelmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not follow the feed at %1: %2</source>
        <translation>%1 adresindeki veri akışı izlenemedi: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="+71"/>
        <source>Arabic</source>
        <extracomment>Names of the languages a centre serves, as ``QLocale.languageToString`` gives them, in the wall&apos;s language (context &quot;Language&quot;); a name not here stays English.</extracomment>
        <translation>Arapça</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>Urduca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hindi</source>
        <translation>Hintçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malayalam</source>
        <translation>Malayalamca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bangla</source>
        <translation>Bengalce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filipino</source>
        <translation>Filipince</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Vietnamca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Rumence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungarian</source>
        <translation>Macarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serbian</source>
        <translation>Sırpça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukraynaca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italian</source>
        <translation>İtalyanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portekizce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Peştuca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kurdish</source>
        <translation>Kürtçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somalice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tamil</source>
        <translation>Tamilce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepali</source>
        <translation>Nepalce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinhala</source>
        <translation>Seylanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Çince</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khmer</source>
        <translation>Kmerce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>Endonezce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Malay</source>
        <translation>Malayca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>Tayca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swahili</source>
        <translation>Svahili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharca</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-31"/>
        <source>OK</source>
        <extracomment>Qt&apos;s own words on the settings dialog&apos;s buttons: the frozen application carries no Qt translations, and Qt has none for Vietnamese or Romanian.</extracomment>
        <translation>Tamam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wallboard/views/settings.py" line="-740"/>
        <source>Waiting now</source>
        <extracomment>The start of a file the dialog creates.</extracomment>
        <translation>Şu an bekleyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait, s</source>
        <translation>En uzun bekleme, sn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>Hizmet seviyesi, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon rate, %</source>
        <translation>Terk oranı, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average speed of answer, s</source>
        <translation>Ortalama cevaplama süresi, sn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average handle time, s</source>
        <translation>Ortalama görüşme süresi, sn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution, %</source>
        <translation>İlk temasta çözüm, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope, %</source>
        <translation>Kapsam dışı, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy, %</source>
        <translation>Doluluk oranı, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases</source>
        <translation>Gecikmiş dosyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue callbacks</source>
        <translation>Gecikmiş geri aramalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest message waiting, s</source>
        <translation>En eski bekleyen mesaj, sn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Department</source>
        <extracomment>Tables of ``[targets]`` with levels per id, and how the scope selector names one.</extracomment>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department: {}</source>
        <translation>Bölüm: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: {}</source>
        <translation>Kuyruk: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {}</source>
        <translation>Kanal: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {}</source>
        <translation>Dil: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark, for control rooms</source>
        <translation>Koyu, kontrol odaları için</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, for bright offices</source>
        <translation>Açık, aydınlık ofisler için</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+23"/>
        <source>Wallboard settings</source>
        <translation>Pano ayarları</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed &amp;URL:</source>
        <translation>Veri akışı &amp;URL&apos;si:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wss://feed.example.org/wallboard (empty: no feed)</source>
        <translation>wss://feed.example.org/wallboard (boş: veri akışı yok)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA dosyası:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system&apos;s certificates</source>
        <translation>sistemin sertifikaları</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+558"/>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>&amp;Stale after:</source>
        <translation>&amp;Eski sayılma süresi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+249"/>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Service-level &amp;rule:</source>
        <translation>Hizmet seviyesi &amp;kuralı:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token</source>
        <translation>Belirteç</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New token:</source>
        <translation>&amp;Yeni belirteç:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty: keep the stored token</source>
        <translation>boş: kayıtlı belirteci koru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the operating system&apos;s keyring, never in the file.</source>
        <translation>İşletim sisteminin anahtarlığında saklanır, asla dosyada değil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyring:</source>
        <translation>Anahtarlık:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Screen</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;creen:</source>
        <translation>&amp;Ekran:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In a &amp;window instead of full screen</source>
        <translation>Tam ekran yerine &amp;pencerede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system&apos;s language (e.g. en, ar, fr)</source>
        <translation>sistemin dili (ör. en, ar, fr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Sayfalar:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Up</source>
        <translation>&amp;Yukarı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Aşağı</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Each page for:</source>
        <translation>&amp;Her sayfa için:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>always the first page</source>
        <translation>her zaman ilk sayfa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Refresh:</source>
        <translation>&amp;Yenileme:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> a second</source>
        <translation> / saniye</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wall &amp;name:</source>
        <translation>Pano &amp;adı:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the computer&apos;s host name</source>
        <translation>bilgisayarın ana makine adı</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thresholds</source>
        <translation>Eşikler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels &amp;for:</source>
        <translation>&amp;Eşikleri:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its id in the feed, e.g. health</source>
        <translation>veri akışındaki kimliği, ör. health</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A level is reached when the figure goes past it: above it, or below it for a figure marked ↓. An empty cell takes the level of the wider scope, shown in grey; &quot;none&quot; means never.</source>
        <translation>Rakam bir eşiği geçtiğinde o eşiğe ulaşılır: üstüne çıktığında, ↓ ile işaretli rakamlarda altına indiğinde. Boş hücre, gri gösterilen daha geniş kapsamın eşiğini alır; &quot;none&quot; hiçbir zaman demektir.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alerts</source>
        <translation>Uyarılar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound</source>
        <translation>Ses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Play a sound when a critical alert fires</source>
        <translation>Kritik bir uyarı geldiğinde &amp;ses çal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>Ses &amp;düzeyi:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sound &amp;file:</source>
        <translation>Ses &amp;dosyası:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the built-in chime</source>
        <translation>yerleşik zil sesi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rules</source>
        <translation>Kurallar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the &amp;built-in alert rules</source>
        <translation>&amp;Yerleşik uyarı kurallarını kullan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch each department for &amp;unusual abandon, transfer and out-of-scope rates</source>
        <translation>Her bölümde &amp;olağandışı terk, aktarma ve kapsam dışı oranlarını izle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusual &amp;from:</source>
        <translation>&amp;Olağandışı sayılma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> standard deviations above the baseline</source>
        <translation> standart sapma, temel değerin üstünde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rules of your own ([[alerts.rules]]) are edited in the file.</source>
        <translation>Kendi kurallarınız ([[alerts.rules]]) dosyada düzenlenir.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../wallboard/present/staffing.py" line="+55"/>
        <source>%1 (pool)</source>
        <extracomment>Points under the target at which the projection is critical. &quot;14 · 11&quot;: agents needed, then agents on the floor. The service level projected for the next half hour with the floor as it is (that of the pool it makes with the groups it shares agents with). Agents needed beyond those on the floor (&quot;0&quot; when none); &quot;&quot; without a model figure.</extracomment>
        <translation>%1 (havuz)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>groups sharing agents as one pool</source>
        <translation>temsilci paylaşan gruplar tek havuz olarak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>departments short: %1</source>
        <translation>eksik bölümler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/present/wall.py" line="+801"/>
        <source>Agents short</source>
        <translation>Eksik temsilci</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-538"/>
        <source>CONNECTING</source>
        <extracomment>What the small figure under the value is, as a label to translate with %1, %2 for ``detail_args`` (&quot;%1 abandoned&quot;); &quot;&quot; when there is none. The site&apos;s local date; the view writes it in the wall&apos;s language. &quot;LIVE&quot;, &quot;STALE&quot;, ... (translated by the view). How long the data has been silent, when it matters (&quot;42 s&quot;). The worst level of the row, and the levels of the cells that have one. Waiting contacts over the last hour, oldest first. &quot;needed · on the floor&quot; and the projected service level; &quot;&quot; when switched off. The two figures of ``staffing``, apart: agents needed, agents on the floor. Agents needed beyond those on the floor, &quot;0&quot; when none; &quot;&quot; when switched off. The department&apos;s active alerts on figures it has no cell for, as (label to translate, figure as shown, level): &quot;Abandon rate&quot;, &quot;12 %&quot;. &quot;needed · on the floor · projected&quot;, for languages; &quot;&quot; when not computed. False for channels not answered live (levels.DEFERRED_CHANNELS): their waiting is a backlog and their longest wait an age, judged in hours. The level of each figure, so the one that breaches is the one coloured. The oldest item waiting, in hours and minutes (&quot;5 h 12 m&quot;), for a backlog. Agents available now (the question of a many-language line). The agent&apos;s departments one by one (``departments`` is them joined). &quot;%1 over %2&quot; (agents past the limit, the limit), or &quot;no limit&quot;. Agents of each department, then of each language: (name, logged in, available, on contact); a department or language without agents is left out. The length of the business day in hours (23 or 25 when the clocks change). Where each interval&apos;s point and bar go, and the bar&apos;s width: the current interval ends at now, not in the future. The target as shown (&quot;80 %&quot;), with &quot; *&quot; when the queues&apos; own targets differ. The same weekday last week, from the store: x, offered, service level (NaN: none). (x, the site&apos;s local time there) at every whole hour of the business day. Yesterday&apos;s contacts offered and service level, as shown; &quot;—&quot; without data. What went wrong (translated by the view) and where: &quot;Longest wait&quot;, &quot;Health&quot;. The figure now, and the level it went past, as shown (&quot;4:12&quot;, &quot;3:00&quot;). Who acknowledged it, and from which wall; &quot;&quot; while it is not. How the figure compares with the level it went past: &quot;&gt;&quot; or &quot;&lt;&quot;. The figure is back; the time left before the alert clears (&quot;0:40&quot;), else &quot;&quot;. What goes in for %1, %2 in ``text`` (&quot;Contacts over %1&quot;: &quot;20:00&quot;). True when the figures are not live: every figure is then shown as old. The departments added up, in the board&apos;s columns. Troubles of the wall itself (its configuration, its alert log), until mended. The staffing model&apos;s name (&quot;Erlang C&quot;), and how shared agents are projected when groups share them; &quot;&quot; when staffing is switched off.</extracomment>
        <translation>BAĞLANIYOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE</source>
        <translation>CANLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STALE</source>
        <translation>GÜNCEL DEĞİL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECONNECTING</source>
        <translation>YENİDEN BAĞLANIYOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTHENTICATION FAILED</source>
        <translation>KİMLİK DOĞRULAMA BAŞARISIZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STOPPED</source>
        <translation>DURDURULDU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available</source>
        <translation>Müsait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing</source>
        <translation>Çalıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On contact</source>
        <translation>Görüşmede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>Görüşme sonrası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>Hazır değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Oturum kapalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>target %1</source>
        <extracomment>The overview&apos;s tile of each figure an alert rule watches: an alert on the site, or on one of its queues, shows its level there, so every alert the banner names has a figure on the overview with its shape (a queue&apos;s alert judged by that queue&apos;s own target reaches the site&apos;s tile even where the site&apos;s figure is calm). The queue where the site&apos;s longest live wait is, &quot;&quot; when nobody waits.</extracomment>
        <translation>hedef %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target %1 in %2</source>
        <translation>hedef %1, %2 içinde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting now</source>
        <translation>Şu an bekleyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in backlog</source>
        <translation>%1 birikmiş</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+374"/>
        <source>Longest wait</source>
        <translation>En uzun bekleme</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-241"/>
        <source>Service level</source>
        <translation>Hizmet seviyesi</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Abandoned</source>
        <translation>Terk edilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 abandoned</source>
        <translation>%1 terk edilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+365"/>
        <source>Avg handle time</source>
        <translation>Ort. görüşme</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>%1 over their limit</source>
        <translation>%1 kişi sınırı aştı</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>First-contact resolution</source>
        <translation>İlk temasta çözüm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts too long</source>
        <translation>Çok uzun süren görüşmeler</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+361"/>
        <source>Out of scope</source>
        <translation>Kapsam dışı</translation>
    </message>
    <message>
        <location line="-369"/>
        <location line="+366"/>
        <source>Avg answer time</source>
        <translation>Ort. cevap süresi</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Resolved</source>
        <translation>Çözülen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at first contact</source>
        <translation>ilk temasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered today</source>
        <translation>Bugün gelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered</source>
        <translation>%1 cevaplanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Occupancy</source>
        <translation>Doluluk oranı</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>%1 logged in</source>
        <translation>%1 oturum açık</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+223"/>
        <source>%1 over %2</source>
        <translation>%1 kişi %2 üstü</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>pending · %1 overdue</source>
        <translation>bekleyen · %1 gecikmiş</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Callbacks pending</source>
        <translation>Geri aramalar</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>All departments</source>
        <extracomment>The figures a department&apos;s row shows in a cell of its own.</extracomment>
        <translation>Tüm bölümler</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>target %1 in %2 to %3</source>
        <translation>hedef %1, %2 ile %3 arasında</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>no reason</source>
        <translation>neden yok</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-2"/>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandon rate</source>
        <translation>Terk oranı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers</source>
        <translation>Aktarmalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+4"/>
        <source>Overdue cases</source>
        <translation>Gecikmiş dosyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+3"/>
        <source>Overdue callbacks</source>
        <translation>Gecikmiş geri&#xa0;arama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>Birikmiş iş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents not ready too long</source>
        <translation>Uzun süredir hazır olmayan temsilciler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed not live</source>
        <translation>Veri akışı canlı değil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts over %1</source>
        <translation>%1 süreyi aşan görüşmeler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents not ready past their limit</source>
        <translation>Sınırı aşan hazır olmayan temsilciler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents not ready over %1</source>
        <translation>%1 süreden uzun hazır olmayan temsilciler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feed lost: reconnecting</source>
        <translation>Veri akışı kesildi: yeniden bağlanıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed stale: figures are not live</source>
        <translation>Veri akışı eski: rakamlar canlı değil</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No feed configured</source>
        <translation>Veri akışı ayarlanmamış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --url URL, or --demo to see the built-in simulated centre.</source>
        <translation>--url URL ile başlatın ya da yerleşik benzetim merkezini görmek için --demo kullanın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed</source>
        <translation>Kimlik doğrulama başarısız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a new token with: wallboard login --url URL, then press R to retry.</source>
        <translation>Yeni bir belirteci wallboard login --url URL ile kaydedin, sonra yeniden denemek için R&apos;ye basın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the feed</source>
        <translation>Veri akışına ulaşılamıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the feed address and that the server is running; the wall keeps trying.</source>
        <translation>Veri akışı adresini ve sunucunun çalıştığını kontrol edin; pano denemeyi sürdürür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Bağlanıyor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resynchronising</source>
        <translation>Yeniden eşitleniyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>Canlı değil</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="-20"/>
        <source>d</source>
        <extracomment>Languages written right to left: the whole wall is mirrored for them. The languages the wall is translated into, besides English (its source). Languages whose percent sign comes first (CLDR: &quot;%87&quot; in Turkish). Languages that write the percent sign right after the number (CLDR).</extracomment>
        <translation>g</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>dk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>sn</translation>
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
        <translation>onaylandı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longest</source>
        <translation>en uzun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offered</source>
        <translation>gelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>targets vary</source>
        <translation>hedefler farklı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SL</source>
        <translation>HS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL in 30 min</source>
        <translation>30 dk sonra HS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>bekleyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>gereken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the floor</source>
        <translation>sahada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue cases</source>
        <translation>gecikmiş dosya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue callbacks</source>
        <translation>gecikmiş geri arama</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>answered in threshold / (answered + abandoned − short abandons)</source>
        <extracomment>The service-level rules as ``SlRule.describe()`` states them (wallboard/engine/figures.py).</extracomment>
        <translation>eşik içinde cevaplanan / (cevaplanan + terk edilen − kısa terkler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / answered</source>
        <translation>eşik içinde cevaplanan / cevaplanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / (answered + abandoned)</source>
        <translation>eşik içinde cevaplanan / (cevaplanan + terk edilen)</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="-127"/>
        <source>logged in</source>
        <translation>oturum açık</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available</source>
        <translation>müsait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on contact</source>
        <translation>görüşmede</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../../wallboard/views/settings.py" line="-16"/>
        <source>Agents</source>
        <translation>Temsilciler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agents by state</source>
        <translation>Duruma göre temsilciler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready, by reason</source>
        <translation>Hazır değil, nedene göre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents by department</source>
        <translation>Bölüme göre temsilciler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents by language</source>
        <translation>Dile göre temsilciler</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="-275"/>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location line="+249"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Channels and languages</source>
        <extracomment>Cells in a row past which each cell is brief: its two figures and the longest wait.</extracomment>
        <translation>Kanallar ve diller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="-8"/>
        <source>Department</source>
        <extracomment>A row&apos;s height as a multiple of its text size. The least a row gives up to (text sizes): a long name&apos;s two lines, drawn smaller. The totals row&apos;s height, in rows. How much larger than the smallest legible size the rows may grow: a few departments fill the page rather than leave its bottom empty. The staffing strip&apos;s height in rows&apos; text sizes. Departments shown in the staffing strip at most (the most urgent): few enough that each says &quot;needed&quot; and &quot;on the floor&quot; in words. The share of the board&apos;s width kept for department names. The usual widest figure of each column.</extracomment>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest</source>
        <translation>En uzun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases</source>
        <translation>Açık dosyalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest case</source>
        <translation>Dosya yaşı</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-448"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+1"/>
        <source>Callbacks</source>
        <translation>Geri&#xa0;arama</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+2"/>
        <source>Last hour</source>
        <translation>Son saat</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Departments</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Agents needed and on the floor, and service level in 30 minutes</source>
        <extracomment>The departments added up, under the last row shown.</extracomment>
        <translation>Gereken ve sahadaki temsilciler, 30 dakika sonra hizmet seviyesi</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="-38"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Overview</source>
        <extracomment>The wall&apos;s own page titles (the pages&apos; ``title``), in the wall&apos;s context.</extracomment>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Departments, most urgent first</source>
        <translation>Bölümler, en acil olan önce</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="-150"/>
        <location filename="../../wallboard/views/settings.py" line="+4"/>
        <source>Trends today</source>
        <extracomment>While only the current interval&apos;s figures change, its charts are redrawn at most this often (hours); at once when an interval is added. The page&apos;s charts, each redrawn apart: contacts per interval, service level, waiting. A line&apos;s points: x values and y values.</extracomment>
        <translation>Bugünün eğilimleri</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Languages: waiting · service level</source>
        <extracomment>The charts to redraw, in turn (an ordered set), and what each shows: (intervals, at now_hours, its figures as drawn).</extracomment>
        <translation>Diller: bekleyen · hizmet seviyesi</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/load.py" line="+79"/>
        <source>not valid TOML: %1</source>
        <extracomment>A fatal problem rejects the file; a warning (an unknown key) does not. The file&apos;s own table, before validation (for merging over a central file).</extracomment>
        <translation>geçerli bir TOML değil: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no such file</source>
        <translation>böyle bir dosya yok</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>bilinmeyen anahtar, yok sayıldı; %1 mi demek istediniz?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key, ignored; known here: %1</source>
        <translation>bilinmeyen anahtar, yok sayıldı; burada bilinenler: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a number</source>
        <translation>bir sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>bir tam sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true ya da false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>bir liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table</source>
        <translation>bir tablo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1, got %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a number&quot;), %2 the kind found.</extracomment>
        <translation>%1 bekleniyordu, %2 verildi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a whole number&quot;), %2 its bound as written (&quot;&lt;= 100&quot;).</extracomment>
        <translation>%2 koşulunu sağlayan %1 bekleniyordu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing the key %1</source>
        <translation>%1 anahtarı eksik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value %1</source>
        <translation>geçersiz değer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one page</source>
        <translation>en az bir sayfa gerekli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a page twice</source>
        <translation>bir sayfa iki kez yazılmış</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be above warning (%2) or equal to it</source>
        <translation>kritik (%1), uyarıdan (%2) büyük ya da ona eşit olmalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be below warning (%2) or equal to it</source>
        <translation>kritik (%1), uyarıdan (%2) küçük ya da ona eşit olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope %1 is not &apos;site&apos;, &apos;KIND:ID&apos; or &apos;KIND:*&apos; (KIND: department, queue, channel, language)</source>
        <translation>kapsam %1; &apos;site&apos;, &apos;KIND:ID&apos; ya da &apos;KIND:*&apos; değil (KIND: department, queue, channel, language)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 is measured for the site only</source>
        <translation>%1 ölçütü yalnızca merkezin tamamı için ölçülür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric &apos;staffing_gap&apos; is measured for the site, departments and languages: scope must be &apos;site&apos;, &apos;department:...&apos; or &apos;language:...&apos;</source>
        <translation>&apos;staffing_gap&apos; ölçütü merkez, bölümler ve diller için ölçülür: kapsam &apos;site&apos;, &apos;department:...&apos; ya da &apos;language:...&apos; olmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metric %1 is a department&apos;s backlog: scope must be &apos;site&apos; or &apos;department:...&apos;</source>
        <translation>%1 ölçütü bir bölümün bekleyen işidir: kapsam &apos;site&apos; ya da &apos;department:...&apos; olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 has no target: the rule needs &apos;warning&apos; (and may have &apos;critical&apos;)</source>
        <translation>%1 ölçütünün hedefi yok: kural &apos;warning&apos; gerektirir (&apos;critical&apos; de içerebilir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical must be past warning (above it, or below it for a figure where lower is worse)</source>
        <translation>kritik, uyarıyı geçmeli (üstünde ya da düşük değerin daha kötü olduğu bir göstergede altında)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not like &apos;Mon-Fri 08:00-18:00&apos;</source>
        <translation>%1, &apos;Mon-Fri 08:00-18:00&apos; biçiminde değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a time of day</source>
        <translation>%1 günün bir saati değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rules have the id %1</source>
        <translation>iki kuralın kimliği aynı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily_at must be HH:MM, not %1</source>
        <translation>daily_at HH:MM biçiminde olmalı, %1 değil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a limit cannot be negative (%2); 0 means none</source>
        <translation>%1: sınır negatif olamaz (%2); 0 sınır yok demektir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (one of: %2)</source>
        <extracomment>%1 what is wrong with a value; %2 the values the key takes, as written.</extracomment>
        <translation>%1 (şunlardan biri: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>UTF-8 metin değil (%2. baytta %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read: %1</source>
        <translation>okunamıyor: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/store.py" line="+272"/>
        <source>no such file; using the defaults</source>
        <extracomment>The local file; None when the configuration is only a central one. A missing file is a problem only when the user named it. path -&gt; (signature, text, error) of the files read, to read each only when changed. Bumped each time a new configuration comes into force. True when the file was rejected before any good one was read.</extracomment>
        <translation>böyle bir dosya yok; varsayılanlar kullanılıyor</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>central configuration: cannot read: %1</source>
        <translation>merkezi yapılandırma: okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>central configuration unreachable (%1); using the last copy</source>
        <translation>merkezi yapılandırmaya ulaşılamıyor (%1); son kopya kullanılıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>central configuration unreachable (%1); not loaded yet</source>
        <translation>merkezi yapılandırmaya ulaşılamıyor (%1); henüz yüklenmedi</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/client.py" line="+137"/>
        <source>authentication failed (HTTP %1): the server refused the token</source>
        <extracomment>Close codes after which the server wants us back at once (section &quot;Transport&quot;). How often the session&apos;s timers are checked. Messages applied under one hold of the engine&apos;s lock (about a millisecond&apos;s work). How often the feed&apos;s thread works out the staffing figures (seconds). Seconds of silence before the figures are stale (rule 6). A CA bundle to verify the server with, instead of the system&apos;s. Stop at a configuration problem (for scripts) instead of retrying (for walls). Reconnection backoff: from ``backoff_base_s`` doubling up to ``backoff_cap_s``. How often the token is looked up again while authentication has failed. After an authentication failure, try again this often even with the same token (a kiosk: the server may have been at fault, and nobody is there to press R); ``None`` waits for a new token or :meth:`FeedClient.retry`. Gives way to the screen&apos;s thread while it draws (see :mod:`wallboard.feed.gate`). Why the token could not be read the last time it was asked for, if it could not.</extracomment>
        <translation>kimlik doğrulama başarısız (HTTP %1): sunucu belirteci reddetti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authentication failed (HTTP %1): no token could be read. %2</source>
        <translation>kimlik doğrulama başarısız (HTTP %1): belirteç okunamadı. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; trying again every %2 s</source>
        <translation>%1; %2 sn&apos;de bir yeniden deneniyor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server answered HTTP %1 to the handshake</source>
        <translation>sunucu bağlantı kurulumuna HTTP %1 ile yanıt verdi</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>invalid feed URL %1: %2</source>
        <translation>geçersiz veri akışı adresi %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server at %1 did not select subprotocol %2: it does not speak the wallboard feed protocol</source>
        <translation>%1 adresindeki sunucu %2 alt protokolünü seçmedi: wallboard veri akışı protokolünü desteklemiyor</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a frame over the 16 MiB limit was refused (protocol error)</source>
        <translation>16 MiB sınırını aşan bir çerçeve reddedildi (protokol hatası)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed</source>
        <translation>bağlantı kapandı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server closed the connection (%1)</source>
        <translation>sunucu bağlantıyı kapattı (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection dropped</source>
        <translation>bağlantı koptu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>CA dosyası %1 okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>TLS certificate verification failed for %1: %2</source>
        <translation>%1 için TLS sertifika doğrulaması başarısız: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS error with %1: %2</source>
        <translation>%1 ile TLS hatası: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1: connection refused</source>
        <translation>%1 adresine bağlanılamıyor: bağlantı reddedildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out connecting to %1</source>
        <translation>%1 adresine bağlanırken zaman aşımı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>%1 adresine bağlanılamıyor: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection to %1 failed: %2</source>
        <translation>%1 ile bağlantı başarısız: %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/session.py" line="+158"/>
        <source>inconsistent delta: %1</source>
        <extracomment>Seconds to wait for a snapshot after asking for one (rule 2). Default seconds of silence after which the figures are stale (rule 6). Dropped elements logged one by one per snapshot; the rest in one line.</extracomment>
        <translation>tutarsız güncelleme: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad message (%1): %2</source>
        <translation>hatalı mesaj (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad message: %1</source>
        <translation>hatalı mesaj: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>snapshot at seq %1: %2 element(s) left out, first a %3: %4</source>
        <translation>%1 sıra numaralı anlık görüntü: %2 öğe dışarıda bırakıldı, ilki bir %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no snapshot arrived within 10 s; reconnecting</source>
        <translation>10 sn içinde anlık görüntü gelmedi; yeniden bağlanılıyor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no message for %1 s; reconnecting</source>
        <translation>%1 sn&apos;dir mesaj yok; yeniden bağlanılıyor</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>sequence gap: expected %1, got %2</source>
        <translation>sıra boşluğu: %1 bekleniyordu, %2 geldi</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/bridge.py" line="+176"/>
        <source>the defaults are in use</source>
        <extracomment>A new configuration came into force (the file changed): the window applies it. The alert rules always run; without a log unless one is given. Alert events of the last refresh (tests and the log read them). The departments&apos; order from one refresh to the next (it does not shuffle). Writes the interval store, when the wall keeps one (its troubles are shown). Seconds each refresh took in the UI thread, the last few hundred (benchmarks).</extracomment>
        <translation>varsayılanlar kullanılıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last good configuration stays in force</source>
        <translation>son geçerli yapılandırma yürürlükte kalıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration not applied: %1</source>
        <translation>Yapılandırma uygulanmadı: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="-5"/>
        <source>authentication failed</source>
        <extracomment>A one-line reason when the probe could not connect or authenticate.</extracomment>
        <translation>kimlik doğrulama başarısız</translation>
    </message>
    <message>
        <location filename="../../wallboard/alerts/log.py" line="+142"/>
        <source>Alert log not written (%1): %2 waiting, %3 lost</source>
        <translation>Uyarı kaydı yazılamadı (%1): %2 bekliyor, %3 kayboldu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert log not written (%1): %2 waiting</source>
        <translation>Uyarı kaydı yazılamadı (%1): %2 bekliyor</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/writer.py" line="+105"/>
        <source>Interval store not written (%1); trying again</source>
        <extracomment>The first write comes this soon after the start (seconds), so a restarted wall&apos;s trends get the day&apos;s earlier waiting from the store at once. How long a damaged file that was set aside stays mentioned on the wall. The figures, only while they are live: stale &quot;now&quot; figures are not samples. When the sample was taken (the wall clock). Daily reports, written after a write on this same thread. The same weekday last week from the store, for the trends (read by the screen). The day before, from the store, for the trends&apos; summary of yesterday. The day&apos;s waiting stored before this run: (date, ((time, mean waiting), ...)).</extracomment>
        <translation>Aralık deposu yazılamadı (%1); yeniden deneniyor</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Interval store was damaged: kept aside as %1, a new one started</source>
        <translation>Aralık deposu bozulmuştu: %1 olarak kenara alındı, yenisi başlatıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval store was damaged: not moved, a new one started</source>
        <translation>Aralık deposu bozulmuştu: taşınamadı, yenisi başlatıldı</translation>
    </message>
</context>
</TS>
