<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../../wallboard/views/guard.py" line="+165"/>
        <source>The wall was restarted after a fault; the log has the details.</source>
        <extracomment>``slot``, ``thread`` or ``abort``: crash the first run of the wall on purpose.</extracomment>
        <translation>أُعيد تشغيل الشاشة بعد عطل؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="+84"/>
        <source>Nobody at the moment</source>
        <extracomment>Departments or languages listed at most, and not-ready reasons shown as tiles.</extracomment>
        <translation>لا أحد حالياً</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>and %1 more</source>
        <translation>و%1 آخرون</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>On a contact over %1</source>
        <translation>في اتصال لأكثر من %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready over %1</source>
        <translation>غير جاهز لأكثر من %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="+182"/>
        <location filename="../../wallboard/views/pages/overview.py" line="+54"/>
        <source>waiting</source>
        <extracomment>Figures side by side in a cell at most. Figures with their labels, side by side; when empty, ``main`` alone.
----------
The largest tiles, in this order: what a supervisor looks up first. Rows of the smaller tiles. Departments shown on the overview, most urgent first.</extracomment>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in backlog</source>
        <translation>متراكمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agents available</source>
        <translation>موظفون متاحون</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Agents needed: %1; on the floor: logged in and not “not ready”</source>
        <translation>الموظفون المطلوبون: %1؛ الحاضرون: المسجّلون وليسوا «غير جاهزين»</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+111"/>
        <source>needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2, most urgent first</source>
        <translation>الصفحة %1 من %2، الأكثر إلحاحاً أولاً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most urgent first</source>
        <translation>الأكثر إلحاحاً أولاً</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agents needed: %1</source>
        <translation>الموظفون المطلوبون: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="+1"/>
        <source>longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Service level: %1</source>
        <translation>مستوى الخدمة: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="+150"/>
        <source>Contacts per 15 minutes</source>
        <translation>الاتصالات لكل ١٥ دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>مستوى الخدمة، ٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>المنتظرون</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offered</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>المُجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered, a week ago</source>
        <translation>الواردة قبل أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>قبل أسبوع</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Yesterday: {offered} offered · service level {sl}</source>
        <translation>أمس: {offered} واردة · مستوى الخدمة {sl}</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/settings.py" line="+335"/>
        <source>Primary screen</source>
        <extracomment>A scope of the thresholds: () for the site, or (table, id) such as (&quot;departments&quot;, &quot;tax&quot;). The level a cell takes when it is empty, in grey. Settings the file has wrong: written as shown on Apply, changed or not. The thresholds&apos; cells of each scope, as typed (warning, critical).</extracomment>
        <translation>الشاشة الرئيسية</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Settings file: {}</source>
        <translation>ملف الإعدادات: {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laid over {}: what this file leaves out comes from there and is not shown here.</source>
        <translation>مبني على {}: ما لا يحدده هذا الملف يؤخذ من هناك ولا يظهر هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has mistakes; the settings they concern show their defaults, and Apply writes what is shown:</source>
        <translation>في الملف أخطاء؛ تظهر الإعدادات المعنية بقيمها الافتراضية، و«تطبيق» يكتب ما هو معروض:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wall ignores these keys of the file:</source>
        <translation>تتجاهل الشاشة هذه المفاتيح من الملف:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{} (not connected)</source>
        <translation>{} (غير موصولة)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add scope…</source>
        <translation>إضافة نطاق…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the queue&apos;s target</source>
        <translation>هدف قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} under warning</source>
        <translation>{} تحت حد التحذير</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>CA bundle</source>
        <translation>حزمة شهادات CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert sound</source>
        <translation>صوت التنبيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV sounds (*.wav);;All files (*)</source>
        <translation>أصوات WAV (*.wav);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Thresholds, {}, {}: {} is not a number</source>
        <translation>الحدود، {}، {}: {} ليس رقماً</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A token needs the feed&apos;s URL (wss://…) to be kept under; nothing was saved.</source>
        <translation>يحتاج الرمز إلى عنوان مصدر البيانات (‎wss://…‎) ليُحفظ تحته؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token is stored in the keyring for {}.</source>
        <translation>حُفظ الرمز في حافظة المفاتيح لـ {}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {}: {}</source>
        <translation>تعذّرت قراءة {}: {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid TOML; mend it in an editor first:</source>
        <translation>الملف ليس TOML صالحاً؛ أصلحه في محرر نصوص أولاً:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved:</source>
        <translation>لم يُحفظ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {}: {}</source>
        <translation>تعذّرت الكتابة في {}: {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {}; the wall takes it within a second.</source>
        <translation>حُفظ في {}؛ تعتمده الشاشة خلال ثانية.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{}, line {}</source>
        <translation>{}، السطر {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a warning)</source>
        <translation> (تحذير)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/chrome.py" line="+98"/>
        <source>+ %1 more</source>
        <translation>+ %1 أخرى</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts</source>
        <translation>لا تنبيهات</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>back to normal, clears in %1</source>
        <translation>عاد إلى الطبيعي، يزول خلال %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/window.py" line="+180"/>
        <source>next %1</source>
        <extracomment>The share of the width (and of the height) kept clear on each edge. A (or a click on the banner): acknowledge the first alert not yet acknowledged. Another page or sub-page was put on screen (the rotation, or a key); it is painted next.</extracomment>
        <translation>التالية بعد %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../wallboard/cli.py" line="+148"/>
        <source>%1: %2 pages</source>
        <translation>%1: عدد الصفحات %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows</source>
        <translation>%1: عدد الصفوف %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/cli.py" line="+56"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ok</source>
        <translation>%1: سليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no configuration file: the defaults</source>
        <translation>لا يوجد ملف إعدادات: الإعدادات الافتراضية</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no alert log at %1</source>
        <translation>لا يوجد سجل تنبيهات في %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries written to %2</source>
        <translation>عدد الإدخالات المكتوبة في %2: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/credentials.py" line="+39"/>
        <source>Either start a Secret Service for this session (for example gnome-keyring or KWallet, normally part of the desktop login; make sure it is unlocked), or give the token in the %1 environment variable instead.</source>
        <translation>إما أن تشغّل خدمة Secret Service لهذه الجلسة (مثل gnome-keyring أو KWallet، وهي عادةً جزء من تسجيل الدخول إلى سطح المكتب؛ تأكد من أنها غير مقفلة)، وإما أن تعطي الرمز في متغير البيئة %1 بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not an absolute URL with a host: %1</source>
        <translation>ليس عنوان URL مطلقًا يتضمن مضيفًا: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid port in URL %1</source>
        <translation>منفذ غير صالح في عنوان URL %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL %1 needs a port: no default port for %2</source>
        <translation>عنوان URL %1 يحتاج إلى منفذ: لا منفذ افتراضي لـ %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no keyring backend is available</source>
        <translation>لا تتوفر أي واجهة لحافظة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring is disabled (null backend)</source>
        <translation>حافظة المفاتيح معطّلة (null backend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring backend is available to chain</source>
        <translation>لا تتوفر أي واجهة لحافظة المفاتيح للربط بينها</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot keep feed tokens: %1. %2</source>
        <translation>يتعذر حفظ رموز مصدر البيانات: %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot keep feed tokens: the keyring (%1) is locked and was not unlocked. %2</source>
        <translation>يتعذر حفظ رموز مصدر البيانات: حافظة المفاتيح (%1) مقفلة ولم يُفتح قفلها. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot keep feed tokens: the keyring (%1) failed: %2. %3</source>
        <translation>يتعذر حفظ رموز مصدر البيانات: تعطلت حافظة المفاتيح (%1): %2. %3</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/report.py" line="+131"/>
        <source>no intervals are stored for %1 in %2</source>
        <extracomment>``--scope`` and the store&apos;s name of each kind of group.</extracomment>
        <translation>لا توجد فترات محفوظة ليوم %1 في %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/login.py" line="+46"/>
        <source>Bearer token for %1: </source>
        <translation>رمز الوصول (Bearer) لـ %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled, nothing stored</source>
        <translation>أُلغي، لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no token given, nothing stored</source>
        <translation>لم يُعطَ رمز، لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token for %1 stored in %2.</source>
        <translation>حُفظ رمز %1 في %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 is set and is used instead of the stored token.</source>
        <translation>ملاحظة: المتغير %1 مضبوط ويُستخدم بدلًا من الرمز المحفوظ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token for %1 removed from the keyring.</source>
        <translation>حُذف رمز %1 من حافظة المفاتيح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token was stored for %1.</source>
        <translation>لم يكن هناك رمز محفوظ لـ %1.</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="+162"/>
        <source>no snapshot arrived within %1 s</source>
        <translation>لم تصل لقطة خلال %1 ث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not follow the feed at %1: %2</source>
        <translation>تعذرت متابعة مصدر البيانات في %1: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="+71"/>
        <source>Arabic</source>
        <extracomment>Names of the languages a centre serves, as ``QLocale.languageToString`` gives them, in the wall&apos;s language (context &quot;Language&quot;); a name not here stays English.</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malayalam</source>
        <translation>المالايالامية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bangla</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filipino</source>
        <translation>الفلبينية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungarian</source>
        <translation>المجرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepali</source>
        <translation>النيبالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinhala</source>
        <translation>السنهالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khmer</source>
        <translation>الخميرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Malay</source>
        <translation>الملايوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swahili</source>
        <translation>السواحيلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-31"/>
        <source>OK</source>
        <extracomment>Qt&apos;s own words on the settings dialog&apos;s buttons: the frozen application carries no Qt translations, and Qt has none for Vietnamese or Romanian.</extracomment>
        <translation>حسناً</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wallboard/views/settings.py" line="-740"/>
        <source>Waiting now</source>
        <extracomment>The start of a file the dialog creates.</extracomment>
        <translation>في الانتظار الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait, s</source>
        <translation>أطول انتظار، ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>مستوى الخدمة، ٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon rate, %</source>
        <translation>نسبة المكالمات المتروكة، ٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average speed of answer, s</source>
        <translation>متوسط سرعة الرد، ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average handle time, s</source>
        <translation>متوسط وقت المعالجة، ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution, %</source>
        <translation>الحل من الاتصال الأول، ٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope, %</source>
        <translation>خارج الاختصاص، ٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy, %</source>
        <translation>نسبة الإشغال، ٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases</source>
        <translation>حالات متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue callbacks</source>
        <translation>معاودات متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest message waiting, s</source>
        <translation>أقدم رسالة في الانتظار، ث</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Department</source>
        <extracomment>Tables of ``[targets]`` with levels per id, and how the scope selector names one.</extracomment>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department: {}</source>
        <translation>القسم: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: {}</source>
        <translation>قائمة الانتظار: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {}</source>
        <translation>القناة: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {}</source>
        <translation>اللغة: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark, for control rooms</source>
        <translation>داكن، لغرف التحكم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, for bright offices</source>
        <translation>فاتح، للمكاتب المضاءة</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+23"/>
        <source>Wallboard settings</source>
        <translation>إعدادات لوحة العرض</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed &amp;URL:</source>
        <translation>&amp;عنوان مصدر البيانات:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wss://feed.example.org/wallboard (empty: no feed)</source>
        <translation>wss://feed.example.org/wallboard (فارغ: بلا مصدر)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CA file:</source>
        <translation>ملف &amp;CA:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system&apos;s certificates</source>
        <translation>شهادات النظام</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+558"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>&amp;Stale after:</source>
        <translation>&amp;قديمة بعد:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+249"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Service-level &amp;rule:</source>
        <translation>&amp;قاعدة مستوى الخدمة:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New token:</source>
        <translation>رمز &amp;جديد:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty: keep the stored token</source>
        <translation>فارغ: الإبقاء على الرمز المحفوظ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the operating system&apos;s keyring, never in the file.</source>
        <translation>يُحفظ في حافظة مفاتيح نظام التشغيل، وليس في الملف أبداً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyring:</source>
        <translation>حافظة المفاتيح:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;creen:</source>
        <translation>ال&amp;شاشة:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In a &amp;window instead of full screen</source>
        <translation>في &amp;نافذة بدلاً من ملء الشاشة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system&apos;s language (e.g. en, ar, fr)</source>
        <translation>لغة النظام (مثل en، ar، fr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>ال&amp;صفحات:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Up</source>
        <translation>لأ&amp;على</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;wn</source>
        <translation>لأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Each page for:</source>
        <translation>&amp;مدة كل صفحة:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>always the first page</source>
        <translation>الصفحة الأولى دائماً</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Refresh:</source>
        <translation>ال&amp;تحديث:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> a second</source>
        <translation> في الثانية</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wall &amp;name:</source>
        <translation>ا&amp;سم الشاشة:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the computer&apos;s host name</source>
        <translation>اسم الحاسوب على الشبكة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thresholds</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels &amp;for:</source>
        <translation>المستويات &amp;لـ:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its id in the feed, e.g. health</source>
        <translation>معرّفه في مصدر البيانات، مثل health</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A level is reached when the figure goes past it: above it, or below it for a figure marked ↓. An empty cell takes the level of the wider scope, shown in grey; &quot;none&quot; means never.</source>
        <translation>يُبلغ المستوى حين يتجاوزه الرقم: فوقه، أو تحته للرقم المعلَّم بـ ↓. الخانة الفارغة تأخذ مستوى النطاق الأوسع، ويظهر بالرمادي؛ و&quot;none&quot; تعني أبداً.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Play a sound when a critical alert fires</source>
        <translation>&amp;تشغيل صوت عند إطلاق تنبيه حرج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>مستوى ال&amp;صوت:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sound &amp;file:</source>
        <translation>&amp;ملف الصوت:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the built-in chime</source>
        <translation>النغمة المدمجة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the &amp;built-in alert rules</source>
        <translation>استخدام قواعد التنبيه ال&amp;مدمجة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch each department for &amp;unusual abandon, transfer and out-of-scope rates</source>
        <translation>مراقبة كل قسم لرصد نسب &amp;غير معتادة للمكالمات المتروكة والتحويلات والطلبات خارج الاختصاص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusual &amp;from:</source>
        <translation>غير معتاد &amp;من:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> standard deviations above the baseline</source>
        <translation> انحرافات معيارية فوق خط الأساس</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rules of your own ([[alerts.rules]]) are edited in the file.</source>
        <translation>تُحرَّر القواعد الخاصة ‎([[alerts.rules]])‎ في الملف.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../wallboard/present/staffing.py" line="+55"/>
        <source>%1 (pool)</source>
        <extracomment>Points under the target at which the projection is critical. &quot;14 · 11&quot;: agents needed, then agents on the floor. The service level projected for the next half hour with the floor as it is (that of the pool it makes with the groups it shares agents with). Agents needed beyond those on the floor (&quot;0&quot; when none); &quot;&quot; without a model figure.</extracomment>
        <translation>%1 (مشترك)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>groups sharing agents as one pool</source>
        <translation>المجموعات التي تتشارك الموظفين محسوبة كمجموعة واحدة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>departments short: %1</source>
        <translation>أقسام ينقصها موظفون: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/present/wall.py" line="+801"/>
        <source>Agents short</source>
        <translation>نقص الموظفين</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-538"/>
        <source>CONNECTING</source>
        <extracomment>What the small figure under the value is, as a label to translate with %1, %2 for ``detail_args`` (&quot;%1 abandoned&quot;); &quot;&quot; when there is none. The site&apos;s local date; the view writes it in the wall&apos;s language. &quot;LIVE&quot;, &quot;STALE&quot;, ... (translated by the view). How long the data has been silent, when it matters (&quot;42 s&quot;). The worst level of the row, and the levels of the cells that have one. Waiting contacts over the last hour, oldest first. &quot;needed · on the floor&quot; and the projected service level; &quot;&quot; when switched off. The two figures of ``staffing``, apart: agents needed, agents on the floor. Agents needed beyond those on the floor, &quot;0&quot; when none; &quot;&quot; when switched off. The department&apos;s active alerts on figures it has no cell for, as (label to translate, figure as shown, level): &quot;Abandon rate&quot;, &quot;12 %&quot;. &quot;needed · on the floor · projected&quot;, for languages; &quot;&quot; when not computed. False for channels not answered live (levels.DEFERRED_CHANNELS): their waiting is a backlog and their longest wait an age, judged in hours. The level of each figure, so the one that breaches is the one coloured. The oldest item waiting, in hours and minutes (&quot;5 h 12 m&quot;), for a backlog. Agents available now (the question of a many-language line). The agent&apos;s departments one by one (``departments`` is them joined). &quot;%1 over %2&quot; (agents past the limit, the limit), or &quot;no limit&quot;. Agents of each department, then of each language: (name, logged in, available, on contact); a department or language without agents is left out. The length of the business day in hours (23 or 25 when the clocks change). Where each interval&apos;s point and bar go, and the bar&apos;s width: the current interval ends at now, not in the future. The target as shown (&quot;80 %&quot;), with &quot; *&quot; when the queues&apos; own targets differ. The same weekday last week, from the store: x, offered, service level (NaN: none). (x, the site&apos;s local time there) at every whole hour of the business day. Yesterday&apos;s contacts offered and service level, as shown; &quot;—&quot; without data. What went wrong (translated by the view) and where: &quot;Longest wait&quot;, &quot;Health&quot;. The figure now, and the level it went past, as shown (&quot;4:12&quot;, &quot;3:00&quot;). Who acknowledged it, and from which wall; &quot;&quot; while it is not. How the figure compares with the level it went past: &quot;&gt;&quot; or &quot;&lt;&quot;. The figure is back; the time left before the alert clears (&quot;0:40&quot;), else &quot;&quot;. What goes in for %1, %2 in ``text`` (&quot;Contacts over %1&quot;: &quot;20:00&quot;). True when the figures are not live: every figure is then shown as old. The departments added up, in the board&apos;s columns. Troubles of the wall itself (its configuration, its alert log), until mended. The staffing model&apos;s name (&quot;Erlang C&quot;), and how shared agents are projected when groups share them; &quot;&quot; when staffing is switched off.</extracomment>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STALE</source>
        <translation>بيانات قديمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECONNECTING</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTHENTICATION FAILED</source>
        <translation>فشل التحقق من الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STOPPED</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing</source>
        <translation>يرن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On contact</source>
        <translation>في اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>ما بعد الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>غير جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>خارج النظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>target %1</source>
        <extracomment>The overview&apos;s tile of each figure an alert rule watches: an alert on the site, or on one of its queues, shows its level there, so every alert the banner names has a figure on the overview with its shape (a queue&apos;s alert judged by that queue&apos;s own target reaches the site&apos;s tile even where the site&apos;s figure is calm). The queue where the site&apos;s longest live wait is, &quot;&quot; when nobody waits.</extracomment>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target %1 in %2</source>
        <translation>الهدف %1 خلال %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting now</source>
        <translation>في الانتظار الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in backlog</source>
        <translation>%1 متراكمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+374"/>
        <source>Longest wait</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-241"/>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Abandoned</source>
        <translation>المكالمات المتروكة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 abandoned</source>
        <translation>%1 متروكة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+365"/>
        <source>Avg handle time</source>
        <translation>متوسط المعالجة</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>%1 over their limit</source>
        <translation>%1 تجاوزوا حدّهم</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>First-contact resolution</source>
        <translation>الحل من الاتصال الأول</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts too long</source>
        <translation>اتصالات طويلة جدًا</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+361"/>
        <source>Out of scope</source>
        <translation>خارج الاختصاص</translation>
    </message>
    <message>
        <location line="-369"/>
        <location line="+366"/>
        <source>Avg answer time</source>
        <translation>متوسط الرد</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at first contact</source>
        <translation>من الاتصال الأول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered today</source>
        <translation>الواردة اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered</source>
        <translation>%1 مُجابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Occupancy</source>
        <translation>نسبة الإشغال</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>%1 logged in</source>
        <translation>%1 مسجّلون</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+223"/>
        <source>%1 over %2</source>
        <translation>%1 تجاوزوا %2</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>pending · %1 overdue</source>
        <translation>معلّقة · %1 متأخرة</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Callbacks pending</source>
        <translation>معاودات معلّقة</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>All departments</source>
        <extracomment>The figures a department&apos;s row shows in a cell of its own.</extracomment>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>target %1 in %2 to %3</source>
        <translation>الهدف %1 خلال %2 إلى %3</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>no reason</source>
        <translation>بلا سبب</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-2"/>
        <source>Waiting</source>
        <translation>المنتظرون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandon rate</source>
        <translation>نسبة المكالمات المتروكة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+4"/>
        <source>Overdue cases</source>
        <translation>حالات متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+3"/>
        <source>Overdue callbacks</source>
        <translation>معاودات متأخرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>الأعمال المتراكمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents not ready too long</source>
        <translation>موظفون غير جاهزين لمدة طويلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed not live</source>
        <translation>البيانات ليست مباشرة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts over %1</source>
        <translation>اتصالات تتجاوز %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents not ready past their limit</source>
        <translation>موظفون غير جاهزين تجاوزوا حدّهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents not ready over %1</source>
        <translation>موظفون غير جاهزين لأكثر من %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feed lost: reconnecting</source>
        <translation>انقطع مصدر البيانات: إعادة الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed stale: figures are not live</source>
        <translation>البيانات قديمة: الأرقام ليست مباشرة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No feed configured</source>
        <translation>لم يُضبط مصدر للبيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --url URL, or --demo to see the built-in simulated centre.</source>
        <translation>شغّل البرنامج مع ‎--url URL‎، أو مع ‎--demo‎ لعرض المركز المحاكى المدمج.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed</source>
        <translation>فشل التحقق من الهوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a new token with: wallboard login --url URL, then press R to retry.</source>
        <translation>احفظ رمزاً جديداً بالأمر ‎wallboard login --url URL‎، ثم اضغط R لإعادة المحاولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the feed</source>
        <translation>تعذّر الوصول إلى مصدر البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the feed address and that the server is running; the wall keeps trying.</source>
        <translation>تحقق من عنوان مصدر البيانات ومن أن الخادم يعمل؛ تواصل الشاشة المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resynchronising</source>
        <translation>إعادة المزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>ليست مباشرة</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="-20"/>
        <source>d</source>
        <extracomment>Languages written right to left: the whole wall is mirrored for them. The languages the wall is translated into, besides English (its source). Languages whose percent sign comes first (CLDR: &quot;%87&quot; in Turkish). Languages that write the percent sign right after the number (CLDR).</extracomment>
        <translation>ي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>س</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>د</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> ، </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> → </source>
        <translation> ← </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledged</source>
        <extracomment>Words the views translate inside f-strings, where ``lupdate`` does not look (chrome.py and the pages).</extracomment>
        <translation>تم الإقرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offered</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>targets vary</source>
        <translation>الأهداف متفاوتة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SL</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL in 30 min</source>
        <translation>مستوى الخدمة بعد ٣٠ د</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the floor</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue cases</source>
        <translation>حالات متأخرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue callbacks</source>
        <translation>معاودات متأخرة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>answered in threshold / (answered + abandoned − short abandons)</source>
        <extracomment>The service-level rules as ``SlRule.describe()`` states them (wallboard/engine/figures.py).</extracomment>
        <translation>المُجاب ضمن الحد ÷ (المُجاب + المتروك − المتروك سريعاً)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / answered</source>
        <translation>المُجاب ضمن الحد ÷ المُجاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / (answered + abandoned)</source>
        <translation>المُجاب ضمن الحد ÷ (المُجاب + المتروك)</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="-127"/>
        <source>logged in</source>
        <translation>مسجّلون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available</source>
        <translation>متاحون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on contact</source>
        <translation>في اتصال</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../../wallboard/views/settings.py" line="-16"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agents by state</source>
        <translation>الموظفون حسب الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready, by reason</source>
        <translation>غير جاهزين، حسب السبب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents by department</source>
        <translation>الموظفون حسب القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents by language</source>
        <translation>الموظفون حسب اللغة</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="-275"/>
        <source>Voice</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>رسائل نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>البوابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>التواصل الاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <location line="+249"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Channels and languages</source>
        <extracomment>Cells in a row past which each cell is brief: its two figures and the longest wait.</extracomment>
        <translation>القنوات واللغات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="-8"/>
        <source>Department</source>
        <extracomment>A row&apos;s height as a multiple of its text size. The least a row gives up to (text sizes): a long name&apos;s two lines, drawn smaller. The totals row&apos;s height, in rows. How much larger than the smallest legible size the rows may grow: a few departments fill the page rather than leave its bottom empty. The staffing strip&apos;s height in rows&apos; text sizes. Departments shown in the staffing strip at most (the most urgent): few enough that each says &quot;needed&quot; and &quot;on the floor&quot; in words. The share of the board&apos;s width kept for department names. The usual widest figure of each column.</extracomment>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases</source>
        <translation>حالات مفتوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest case</source>
        <translation>أقدم حالة</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-448"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+1"/>
        <source>Callbacks</source>
        <translation>معاودات</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+2"/>
        <source>Last hour</source>
        <translation>آخر ساعة</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Agents needed and on the floor, and service level in 30 minutes</source>
        <extracomment>The departments added up, under the last row shown.</extracomment>
        <translation>الموظفون المطلوبون والحاضرون، ومستوى الخدمة بعد ٣٠ دقيقة</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="-38"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Overview</source>
        <extracomment>The wall&apos;s own page titles (the pages&apos; ``title``), in the wall&apos;s context.</extracomment>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Departments, most urgent first</source>
        <translation>الأقسام، الأكثر إلحاحاً أولاً</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="-150"/>
        <location filename="../../wallboard/views/settings.py" line="+4"/>
        <source>Trends today</source>
        <extracomment>While only the current interval&apos;s figures change, its charts are redrawn at most this often (hours); at once when an interval is added. The page&apos;s charts, each redrawn apart: contacts per interval, service level, waiting. A line&apos;s points: x values and y values.</extracomment>
        <translation>اتجاهات اليوم</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Languages: waiting · service level</source>
        <extracomment>The charts to redraw, in turn (an ordered set), and what each shows: (intervals, at now_hours, its figures as drawn).</extracomment>
        <translation>اللغات: في الانتظار · مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/load.py" line="+79"/>
        <source>not valid TOML: %1</source>
        <extracomment>A fatal problem rejects the file; a warning (an unknown key) does not. The file&apos;s own table, before validation (for merging over a central file).</extracomment>
        <translation>ملف TOML غير صالح: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no such file</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>مفتاح غير معروف، تم تجاهله؛ هل تقصد %1؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key, ignored; known here: %1</source>
        <translation>مفتاح غير معروف، تم تجاهله؛ المفاتيح المعروفة هنا: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1, got %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a number&quot;), %2 the kind found.</extracomment>
        <translation>يُتوقع %1، والمُعطى %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a whole number&quot;), %2 its bound as written (&quot;&lt;= 100&quot;).</extracomment>
        <translation>يُتوقع %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing the key %1</source>
        <translation>المفتاح %1 مفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value %1</source>
        <translation>قيمة غير صالحة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one page</source>
        <translation>يلزم وجود صفحة واحدة على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a page twice</source>
        <translation>تتكرر فيه صفحة مرتين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be above warning (%2) or equal to it</source>
        <translation>يجب أن يكون الحد الحرج (%1) أعلى من حد التحذير (%2) أو مساويًا له</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be below warning (%2) or equal to it</source>
        <translation>يجب أن يكون الحد الحرج (%1) أدنى من حد التحذير (%2) أو مساويًا له</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope %1 is not &apos;site&apos;, &apos;KIND:ID&apos; or &apos;KIND:*&apos; (KIND: department, queue, channel, language)</source>
        <translation>النطاق %1 ليس &apos;site&apos; ولا &apos;KIND:ID&apos; ولا &apos;KIND:*&apos; (KIND: department أو queue أو channel أو language)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 is measured for the site only</source>
        <translation>المقياس %1 يُحسب للموقع كله فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric &apos;staffing_gap&apos; is measured for the site, departments and languages: scope must be &apos;site&apos;, &apos;department:...&apos; or &apos;language:...&apos;</source>
        <translation>المقياس &apos;staffing_gap&apos; يُحسب للموقع والأقسام واللغات: يجب أن يكون النطاق &apos;site&apos; أو &apos;department:...&apos; أو &apos;language:...&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metric %1 is a department&apos;s backlog: scope must be &apos;site&apos; or &apos;department:...&apos;</source>
        <translation>المقياس %1 من الأعمال المتراكمة لقسم: يجب أن يكون النطاق &apos;site&apos; أو &apos;department:...&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 has no target: the rule needs &apos;warning&apos; (and may have &apos;critical&apos;)</source>
        <translation>المقياس %1 ليس له هدف: تحتاج القاعدة إلى &apos;warning&apos; (ويمكن أن تضم &apos;critical&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical must be past warning (above it, or below it for a figure where lower is worse)</source>
        <translation>يجب أن يتجاوز الحد الحرج حد التحذير (أعلى منه، أو أدنى منه في مؤشر يكون انخفاضه أسوأ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not like &apos;Mon-Fri 08:00-18:00&apos;</source>
        <translation>%1 ليس بصيغة &apos;Mon-Fri 08:00-18:00&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a time of day</source>
        <translation>%1 ليس وقتًا من اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rules have the id %1</source>
        <translation>لقاعدتين المعرّف نفسه %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily_at must be HH:MM, not %1</source>
        <translation>يجب أن يكون daily_at بصيغة HH:MM، وليس %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a limit cannot be negative (%2); 0 means none</source>
        <translation>%1: لا يمكن أن يكون الحد سالبًا (%2)؛ و0 يعني بلا حد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (one of: %2)</source>
        <extracomment>%1 what is wrong with a value; %2 the values the key takes, as written.</extracomment>
        <translation>%1 (إحدى القيم: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>ليس نصًا بترميز UTF-8 (%1 عند البايت %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read: %1</source>
        <translation>تتعذر القراءة: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/store.py" line="+272"/>
        <source>no such file; using the defaults</source>
        <extracomment>The local file; None when the configuration is only a central one. A missing file is a problem only when the user named it. path -&gt; (signature, text, error) of the files read, to read each only when changed. Bumped each time a new configuration comes into force. True when the file was rejected before any good one was read.</extracomment>
        <translation>الملف غير موجود؛ تُستخدم الإعدادات الافتراضية</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>central configuration: cannot read: %1</source>
        <translation>الإعدادات المركزية: تتعذر القراءة: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>central configuration unreachable (%1); using the last copy</source>
        <translation>تعذر الوصول إلى الإعدادات المركزية (%1)؛ تُستخدم آخر نسخة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>central configuration unreachable (%1); not loaded yet</source>
        <translation>تعذر الوصول إلى الإعدادات المركزية (%1)؛ لم تُحمَّل بعد</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/client.py" line="+137"/>
        <source>authentication failed (HTTP %1): the server refused the token</source>
        <extracomment>Close codes after which the server wants us back at once (section &quot;Transport&quot;). How often the session&apos;s timers are checked. Messages applied under one hold of the engine&apos;s lock (about a millisecond&apos;s work). How often the feed&apos;s thread works out the staffing figures (seconds). Seconds of silence before the figures are stale (rule 6). A CA bundle to verify the server with, instead of the system&apos;s. Stop at a configuration problem (for scripts) instead of retrying (for walls). Reconnection backoff: from ``backoff_base_s`` doubling up to ``backoff_cap_s``. How often the token is looked up again while authentication has failed. After an authentication failure, try again this often even with the same token (a kiosk: the server may have been at fault, and nobody is there to press R); ``None`` waits for a new token or :meth:`FeedClient.retry`. Gives way to the screen&apos;s thread while it draws (see :mod:`wallboard.feed.gate`). Why the token could not be read the last time it was asked for, if it could not.</extracomment>
        <translation>فشل التحقق من الهوية (HTTP %1): رفض الخادم الرمز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authentication failed (HTTP %1): no token could be read. %2</source>
        <translation>فشل التحقق من الهوية (HTTP %1): تعذرت قراءة الرمز. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; trying again every %2 s</source>
        <translation>%1؛ إعادة المحاولة كل %2 ث</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server answered HTTP %1 to the handshake</source>
        <translation>ردّ الخادم على المصافحة بـ HTTP %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>invalid feed URL %1: %2</source>
        <translation>عنوان مصدر البيانات غير صالح %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server at %1 did not select subprotocol %2: it does not speak the wallboard feed protocol</source>
        <translation>لم يختر الخادم في %1 البروتوكول الفرعي %2: فهو لا يدعم بروتوكول مصدر بيانات لوحة العرض</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a frame over the 16 MiB limit was refused (protocol error)</source>
        <translation>رُفض إطار يتجاوز حد 16 MiB (خطأ في البروتوكول)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed</source>
        <translation>أُغلق الاتصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server closed the connection (%1)</source>
        <translation>أغلق الخادم الاتصال (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection dropped</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>تتعذر قراءة ملف شهادات CA %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>TLS certificate verification failed for %1: %2</source>
        <translation>فشل التحقق من شهادة TLS لـ %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS error with %1: %2</source>
        <translation>خطأ TLS مع %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1: connection refused</source>
        <translation>يتعذر الاتصال بـ %1: رُفض الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out connecting to %1</source>
        <translation>انتهت مهلة الاتصال بـ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>يتعذر الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection to %1 failed: %2</source>
        <translation>فشل الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/session.py" line="+158"/>
        <source>inconsistent delta: %1</source>
        <extracomment>Seconds to wait for a snapshot after asking for one (rule 2). Default seconds of silence after which the figures are stale (rule 6). Dropped elements logged one by one per snapshot; the rest in one line.</extracomment>
        <translation>تحديث غير متسق: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad message (%1): %2</source>
        <translation>رسالة غير صالحة (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad message: %1</source>
        <translation>رسالة غير صالحة: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>snapshot at seq %1: %2 element(s) left out, first a %3: %4</source>
        <translation>اللقطة عند التسلسل %1: استُبعد من العناصر %2، أولها %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no snapshot arrived within 10 s; reconnecting</source>
        <translation>لم تصل لقطة خلال 10 ث؛ إعادة الاتصال</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no message for %1 s; reconnecting</source>
        <translation>لا رسائل منذ %1 ث؛ إعادة الاتصال</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>sequence gap: expected %1, got %2</source>
        <translation>فجوة في التسلسل: المتوقع %1، والوارد %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/bridge.py" line="+176"/>
        <source>the defaults are in use</source>
        <extracomment>A new configuration came into force (the file changed): the window applies it. The alert rules always run; without a log unless one is given. Alert events of the last refresh (tests and the log read them). The departments&apos; order from one refresh to the next (it does not shuffle). Writes the interval store, when the wall keeps one (its troubles are shown). Seconds each refresh took in the UI thread, the last few hundred (benchmarks).</extracomment>
        <translation>الإعدادات الافتراضية هي المستخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last good configuration stays in force</source>
        <translation>تبقى آخر إعدادات سليمة سارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration not applied: %1</source>
        <translation>لم تُطبَّق الإعدادات: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="-5"/>
        <source>authentication failed</source>
        <extracomment>A one-line reason when the probe could not connect or authenticate.</extracomment>
        <translation>فشل التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../../wallboard/alerts/log.py" line="+142"/>
        <source>Alert log not written (%1): %2 waiting, %3 lost</source>
        <translation>تعذرت الكتابة في سجل التنبيهات (%1): %2 في الانتظار، و%3 فُقدت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert log not written (%1): %2 waiting</source>
        <translation>تعذرت الكتابة في سجل التنبيهات (%1): %2 في الانتظار</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/writer.py" line="+105"/>
        <source>Interval store not written (%1); trying again</source>
        <extracomment>The first write comes this soon after the start (seconds), so a restarted wall&apos;s trends get the day&apos;s earlier waiting from the store at once. How long a damaged file that was set aside stays mentioned on the wall. The figures, only while they are live: stale &quot;now&quot; figures are not samples. When the sample was taken (the wall clock). Daily reports, written after a write on this same thread. The same weekday last week from the store, for the trends (read by the screen). The day before, from the store, for the trends&apos; summary of yesterday. The day&apos;s waiting stored before this run: (date, ((time, mean waiting), ...)).</extracomment>
        <translation>تعذرت الكتابة في مخزن الفترات (%1)؛ إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Interval store was damaged: kept aside as %1, a new one started</source>
        <translation>كان مخزن الفترات تالفًا: نُحّي جانبًا باسم %1، وبُدئ مخزن جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval store was damaged: not moved, a new one started</source>
        <translation>كان مخزن الفترات تالفًا: لم يُنقل، وبُدئ مخزن جديد</translation>
    </message>
</context>
</TS>
