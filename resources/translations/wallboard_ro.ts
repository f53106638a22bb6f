<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name></name>
    <message>
        <location filename="../../wallboard/views/guard.py" line="+165"/>
        <source>The wall was restarted after a fault; the log has the details.</source>
        <extracomment>``slot``, ``thread`` or ``abort``: crash the first run of the wall on purpose.</extracomment>
        <translation>Panoul a fost repornit după o eroare; detaliile sunt în jurnal.</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="+84"/>
        <source>Nobody at the moment</source>
        <extracomment>Departments or languages listed at most, and not-ready reasons shown as tiles.</extracomment>
        <translation>Nimeni în acest moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>and %1 more</source>
        <translation>și încă %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>On a contact over %1</source>
        <translation>În convorbire de peste %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready over %1</source>
        <translation>Indisponibili de peste %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="+182"/>
        <location filename="../../wallboard/views/pages/overview.py" line="+54"/>
        <source>waiting</source>
        <extracomment>Figures side by side in a cell at most. Figures with their labels, side by side; when empty, ``main`` alone.
----------
The largest tiles, in this order: what a supervisor looks up first. Rows of the smaller tiles. Departments shown on the overview, most urgent first.</extracomment>
        <translation>coadă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in backlog</source>
        <translation>în restanță</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest</source>
        <translation>cel mai vechi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agents available</source>
        <translation>operatori disponibili</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Agents needed: %1; on the floor: logged in and not “not ready”</source>
        <translation>Operatori necesari: %1; în tură: conectați și nu „indisponibili”</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+111"/>
        <source>needed</source>
        <translation>necesari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the floor</source>
        <translation>în tură</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2, most urgent first</source>
        <translation>Pagina %1 din %2, cele mai urgente primele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most urgent first</source>
        <translation>Cele mai urgente primele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agents needed: %1</source>
        <translation>operatori necesari: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="+1"/>
        <source>longest</source>
        <translation>maxim</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Service level: %1</source>
        <translation>Nivel de serviciu: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="+150"/>
        <source>Contacts per 15 minutes</source>
        <translation>Contacte la 15 minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>Nivel de serviciu, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Așteaptă</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offered</source>
        <translation>Primite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Preluate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered, a week ago</source>
        <translation>Primite, acum o săptămână</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level</source>
        <translation>Nivel de&#xa0;serviciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week ago</source>
        <translation>Acum o săptămână</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Yesterday: {offered} offered · service level {sl}</source>
        <translation>Ieri: {offered} primite · nivel de serviciu {sl}</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/settings.py" line="+335"/>
        <source>Primary screen</source>
        <extracomment>A scope of the thresholds: () for the site, or (table, id) such as (&quot;departments&quot;, &quot;tax&quot;). The level a cell takes when it is empty, in grey. Settings the file has wrong: written as shown on Apply, changed or not. The thresholds&apos; cells of each scope, as typed (warning, critical).</extracomment>
        <translation>Ecranul principal</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Settings file: {}</source>
        <translation>Fișierul de setări: {}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laid over {}: what this file leaves out comes from there and is not shown here.</source>
        <translation>Peste {}: ce lipsește din acest fișier vine de acolo și nu apare aici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has mistakes; the settings they concern show their defaults, and Apply writes what is shown:</source>
        <translation>Fișierul are greșeli; setările în cauză arată valorile implicite, iar Aplică scrie ce este afișat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wall ignores these keys of the file:</source>
        <translation>Panoul ignoră aceste chei din fișier:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{} (not connected)</source>
        <translation>{} (neconectat)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add scope…</source>
        <translation>Adăugați un domeniu…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the queue&apos;s target</source>
        <translation>ținta cozii</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} under warning</source>
        <translation>cu {} sub avertizare</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>CA bundle</source>
        <translation>Pachet CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificate (*.pem *.crt *.cer);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert sound</source>
        <translation>Sunet de alertă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV sounds (*.wav);;All files (*)</source>
        <translation>Sunete WAV (*.wav);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Thresholds, {}, {}: {} is not a number</source>
        <translation>Praguri, {}, {}: {} nu este un număr</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A token needs the feed&apos;s URL (wss://…) to be kept under; nothing was saved.</source>
        <translation>Tokenul are nevoie de URL-ul fluxului (wss://…) sub care să fie păstrat; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token is stored in the keyring for {}.</source>
        <translation>Tokenul este păstrat în portchei pentru {}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {}: {}</source>
        <translation>Nu se poate citi {}: {}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid TOML; mend it in an editor first:</source>
        <translation>Fișierul nu este TOML valid; reparați-l mai întâi într-un editor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved:</source>
        <translation>Nesalvat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {}: {}</source>
        <translation>Nu se poate scrie {}: {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {}; the wall takes it within a second.</source>
        <translation>Salvat în {}; panoul îl preia într-o secundă.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{}, line {}</source>
        <translation>{}, linia {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a warning)</source>
        <translation> (avertisment)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site</source>
        <translation>Centru</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/chrome.py" line="+98"/>
        <source>+ %1 more</source>
        <translation>+ încă %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts</source>
        <translation>Nicio alertă</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>back to normal, clears in %1</source>
        <translation>revenit la normal, dispare în %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/window.py" line="+180"/>
        <source>next %1</source>
        <extracomment>The share of the width (and of the height) kept clear on each edge. A (or a click on the banner): acknowledge the first alert not yet acknowledged. Another page or sub-page was put on screen (the rotation, or a key); it is painted next.</extracomment>
        <translation>următoarea în %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../wallboard/cli.py" line="+148"/>
        <source>%1: %2 pages</source>
        <translation>%1: total pagini: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows</source>
        <translation>%1: total rânduri: %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/cli.py" line="+56"/>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertisment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ok</source>
        <translation>%1: în regulă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no configuration file: the defaults</source>
        <translation>niciun fișier de configurare: valorile implicite</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no alert log at %1</source>
        <translation>niciun jurnal de alerte la %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries written to %2</source>
        <translation>înregistrări scrise în %2: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/credentials.py" line="+39"/>
        <source>Either start a Secret Service for this session (for example gnome-keyring or KWallet, normally part of the desktop login; make sure it is unlocked), or give the token in the %1 environment variable instead.</source>
        <translation>Fie porniți un Secret Service pentru această sesiune (de exemplu gnome-keyring sau KWallet, de obicei parte din autentificarea în desktop; asigurați-vă că este deblocat), fie dați token-ul în variabila de mediu %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not an absolute URL with a host: %1</source>
        <translation>nu este un URL absolut cu gazdă: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid port in URL %1</source>
        <translation>port nevalid în URL-ul %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL %1 needs a port: no default port for %2</source>
        <translation>URL-ul %1 are nevoie de un port: %2 nu are port implicit</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no keyring backend is available</source>
        <translation>nu este disponibil niciun portchei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring is disabled (null backend)</source>
        <translation>portcheiul este dezactivat (null backend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring backend is available to chain</source>
        <translation>nu este disponibil niciun portchei de înlănțuit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot keep feed tokens: %1. %2</source>
        <translation>Token-urile fluxului nu pot fi păstrate: %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot keep feed tokens: the keyring (%1) is locked and was not unlocked. %2</source>
        <translation>Token-urile fluxului nu pot fi păstrate: portcheiul (%1) este blocat și nu a fost deblocat. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot keep feed tokens: the keyring (%1) failed: %2. %3</source>
        <translation>Token-urile fluxului nu pot fi păstrate: portcheiul (%1) a eșuat: %2. %3</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/report.py" line="+131"/>
        <source>no intervals are stored for %1 in %2</source>
        <extracomment>``--scope`` and the store&apos;s name of each kind of group.</extracomment>
        <translation>nu există intervale stocate pentru %1 în %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/login.py" line="+46"/>
        <source>Bearer token for %1: </source>
        <translation>Token-ul de acces (Bearer) pentru %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled, nothing stored</source>
        <translation>anulat, nu s-a salvat nimic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no token given, nothing stored</source>
        <translation>niciun token introdus, nu s-a salvat nimic</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token for %1 stored in %2.</source>
        <translation>Token-ul pentru %1 a fost salvat în %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 is set and is used instead of the stored token.</source>
        <translation>Notă: %1 este setată și se folosește în locul token-ului salvat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token for %1 removed from the keyring.</source>
        <translation>Token-ul pentru %1 a fost șters din portchei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No token was stored for %1.</source>
        <translation>Nu era salvat niciun token pentru %1.</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="+162"/>
        <source>no snapshot arrived within %1 s</source>
        <translation>niciun instantaneu în %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not follow the feed at %1: %2</source>
        <translation>fluxul de la %1 nu a putut fi urmărit: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="+71"/>
        <source>Arabic</source>
        <extracomment>Names of the languages a centre serves, as ``QLocale.languageToString`` gives them, in the wall&apos;s language (context &quot;Language&quot;); a name not here stays English.</extracomment>
        <translation>Arabă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engleză</translation>
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
        <translation>Bengaleză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filipino</source>
        <translation>Filipineză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Franceză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Neerlandeză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turkish</source>
        <translation>Turcă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Poloneză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese</source>
        <translation>Vietnameză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungarian</source>
        <translation>Maghiară</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Germană</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serbian</source>
        <translation>Sârbă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ucraineană</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Rusă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spaniolă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italian</source>
        <translation>Italiană</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugheză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persian</source>
        <translation>Persană</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>Paștună</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kurdish</source>
        <translation>Kurdă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somali</source>
        <translation>Somaleză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tamil</source>
        <translation>Tamilă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepali</source>
        <translation>Nepaleză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinhala</source>
        <translation>Singhaleză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chineză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khmer</source>
        <translation>Khmeră</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>Indoneziană</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Malay</source>
        <translation>Malaeză</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>Thailandeză</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amharic</source>
        <translation>Amharică</translation>
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
        <translation>Anulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../wallboard/views/settings.py" line="-740"/>
        <source>Waiting now</source>
        <extracomment>The start of a file the dialog creates.</extracomment>
        <translation>În așteptare acum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait, s</source>
        <translation>Cea mai lungă așteptare, s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level, %</source>
        <translation>Nivel de serviciu, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon rate, %</source>
        <translation>Rată de abandon, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average speed of answer, s</source>
        <translation>Viteza medie de răspuns, s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average handle time, s</source>
        <translation>Durata medie de tratare, s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution, %</source>
        <translation>Rezolvare la primul contact, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope, %</source>
        <translation>În afara competenței, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy, %</source>
        <translation>Grad de ocupare, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases</source>
        <translation>Cazuri restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue callbacks</source>
        <translation>Reapelări restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest message waiting, s</source>
        <translation>Cel mai vechi mesaj în așteptare, s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Department</source>
        <extracomment>Tables of ``[targets]`` with levels per id, and how the scope selector names one.</extracomment>
        <translation>Departament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department: {}</source>
        <translation>Departament: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Coadă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: {}</source>
        <translation>Coadă: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {}</source>
        <translation>Canal: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {}</source>
        <translation>Limbă: {}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark, for control rooms</source>
        <translation>Întunecat, pentru camere de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, for bright offices</source>
        <translation>Luminos, pentru birouri luminoase</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+23"/>
        <source>Wallboard settings</source>
        <translation>Setările panoului</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connection</source>
        <translation>Conexiune</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed &amp;URL:</source>
        <translation>&amp;URL-ul fluxului:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wss://feed.example.org/wallboard (empty: no feed)</source>
        <translation>wss://feed.example.org/wallboard (gol: fără flux)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CA file:</source>
        <translation>Fișier &amp;CA:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system&apos;s certificates</source>
        <translation>certificatele sistemului</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+558"/>
        <source>Browse…</source>
        <translation>Răsfoiți…</translation>
    </message>
    <message>
        <location line="-549"/>
        <source>&amp;Stale after:</source>
        <translation>&amp;Învechit după:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+249"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Service-level &amp;rule:</source>
        <translation>&amp;Regula nivelului de serviciu:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New token:</source>
        <translation>Token &amp;nou:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty: keep the stored token</source>
        <translation>gol: păstrează tokenul salvat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored in the operating system&apos;s keyring, never in the file.</source>
        <translation>Păstrat în portcheiul sistemului de operare, niciodată în fișier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyring:</source>
        <translation>Portchei:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Screen</source>
        <translation>Ecran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;creen:</source>
        <translation>E&amp;cran:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In a &amp;window instead of full screen</source>
        <translation>Într-o &amp;fereastră în loc de ecran complet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Temă:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system&apos;s language (e.g. en, ar, fr)</source>
        <translation>limba sistemului (de ex. en, ar, fr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Pagini:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Up</source>
        <translation>&amp;Sus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Jos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Each page for:</source>
        <translation>&amp;Fiecare pagină timp de:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>always the first page</source>
        <translation>mereu prima pagină</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Refresh:</source>
        <translation>&amp;Reîmprospătare:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> a second</source>
        <translation> pe secundă</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wall &amp;name:</source>
        <translation>&amp;Numele panoului:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the computer&apos;s host name</source>
        <translation>numele calculatorului</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thresholds</source>
        <translation>Praguri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels &amp;for:</source>
        <translation>Niveluri &amp;pentru:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its id in the feed, e.g. health</source>
        <translation>id-ul din flux, de ex. health</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Adăugați</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning</source>
        <translation>Avertizare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation>Critic</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A level is reached when the figure goes past it: above it, or below it for a figure marked ↓. An empty cell takes the level of the wider scope, shown in grey; &quot;none&quot; means never.</source>
        <translation>Un nivel este atins când cifra îl depășește: peste el sau, pentru cifrele marcate cu ↓, sub el. O celulă goală preia nivelul domeniului mai larg, afișat cu gri; &quot;none&quot; înseamnă niciodată.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound</source>
        <translation>Sunet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Play a sound when a critical alert fires</source>
        <translation>&amp;Redă un sunet la o alertă critică</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volum:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sound &amp;file:</source>
        <translation>&amp;Fișier de sunet:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the built-in chime</source>
        <translation>clopoțelul inclus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rules</source>
        <translation>Reguli</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the &amp;built-in alert rules</source>
        <translation>Folosește regulile de alertă &amp;incluse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch each department for &amp;unusual abandon, transfer and out-of-scope rates</source>
        <translation>Urmărește în fiecare departament ratele &amp;neobișnuite de abandon, transfer și în afara competenței</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusual &amp;from:</source>
        <translation>Neobișnuit &amp;de la:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> standard deviations above the baseline</source>
        <translation> abateri standard peste nivelul de bază</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rules of your own ([[alerts.rules]]) are edited in the file.</source>
        <translation>Regulile proprii ([[alerts.rules]]) se editează în fișier.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../wallboard/present/staffing.py" line="+55"/>
        <source>%1 (pool)</source>
        <extracomment>Points under the target at which the projection is critical. &quot;14 · 11&quot;: agents needed, then agents on the floor. The service level projected for the next half hour with the floor as it is (that of the pool it makes with the groups it shares agents with). Agents needed beyond those on the floor (&quot;0&quot; when none); &quot;&quot; without a model figure.</extracomment>
        <translation>%1 (grup comun)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>groups sharing agents as one pool</source>
        <translation>grupurile care împart operatori, ca un singur grup</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>departments short: %1</source>
        <translation>departamente cu deficit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/present/wall.py" line="+801"/>
        <source>Agents short</source>
        <translation>Operatori lipsă</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-538"/>
        <source>CONNECTING</source>
        <extracomment>What the small figure under the value is, as a label to translate with %1, %2 for ``detail_args`` (&quot;%1 abandoned&quot;); &quot;&quot; when there is none. The site&apos;s local date; the view writes it in the wall&apos;s language. &quot;LIVE&quot;, &quot;STALE&quot;, ... (translated by the view). How long the data has been silent, when it matters (&quot;42 s&quot;). The worst level of the row, and the levels of the cells that have one. Waiting contacts over the last hour, oldest first. &quot;needed · on the floor&quot; and the projected service level; &quot;&quot; when switched off. The two figures of ``staffing``, apart: agents needed, agents on the floor. Agents needed beyond those on the floor, &quot;0&quot; when none; &quot;&quot; when switched off. The department&apos;s active alerts on figures it has no cell for, as (label to translate, figure as shown, level): &quot;Abandon rate&quot;, &quot;12 %&quot;. &quot;needed · on the floor · projected&quot;, for languages; &quot;&quot; when not computed. False for channels not answered live (levels.DEFERRED_CHANNELS): their waiting is a backlog and their longest wait an age, judged in hours. The level of each figure, so the one that breaches is the one coloured. The oldest item waiting, in hours and minutes (&quot;5 h 12 m&quot;), for a backlog. Agents available now (the question of a many-language line). The agent&apos;s departments one by one (``departments`` is them joined). &quot;%1 over %2&quot; (agents past the limit, the limit), or &quot;no limit&quot;. Agents of each department, then of each language: (name, logged in, available, on contact); a department or language without agents is left out. The length of the business day in hours (23 or 25 when the clocks change). Where each interval&apos;s point and bar go, and the bar&apos;s width: the current interval ends at now, not in the future. The target as shown (&quot;80 %&quot;), with &quot; *&quot; when the queues&apos; own targets differ. The same weekday last week, from the store: x, offered, service level (NaN: none). (x, the site&apos;s local time there) at every whole hour of the business day. Yesterday&apos;s contacts offered and service level, as shown; &quot;—&quot; without data. What went wrong (translated by the view) and where: &quot;Longest wait&quot;, &quot;Health&quot;. The figure now, and the level it went past, as shown (&quot;4:12&quot;, &quot;3:00&quot;). Who acknowledged it, and from which wall; &quot;&quot; while it is not. How the figure compares with the level it went past: &quot;&gt;&quot; or &quot;&lt;&quot;. The figure is back; the time left before the alert clears (&quot;0:40&quot;), else &quot;&quot;. What goes in for %1, %2 in ``text`` (&quot;Contacts over %1&quot;: &quot;20:00&quot;). True when the figures are not live: every figure is then shown as old. The departments added up, in the board&apos;s columns. Troubles of the wall itself (its configuration, its alert log), until mended. The staffing model&apos;s name (&quot;Erlang C&quot;), and how shared agents are projected when groups share them; &quot;&quot; when staffing is switched off.</extracomment>
        <translation>SE CONECTEAZĂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE</source>
        <translation>ÎN DIRECT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STALE</source>
        <translation>DATE VECHI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECONNECTING</source>
        <translation>SE RECONECTEAZĂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTHENTICATION FAILED</source>
        <translation>AUTENTIFICARE EȘUATĂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STOPPED</source>
        <translation>OPRIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing</source>
        <translation>Sună</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On contact</source>
        <translation>În convorbire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>Finalizare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>Indisponibili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Deconectați</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>target %1</source>
        <extracomment>The overview&apos;s tile of each figure an alert rule watches: an alert on the site, or on one of its queues, shows its level there, so every alert the banner names has a figure on the overview with its shape (a queue&apos;s alert judged by that queue&apos;s own target reaches the site&apos;s tile even where the site&apos;s figure is calm). The queue where the site&apos;s longest live wait is, &quot;&quot; when nobody waits.</extracomment>
        <translation>țintă %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target %1 in %2</source>
        <translation>țintă %1 în %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting now</source>
        <translation>În așteptare acum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in backlog</source>
        <translation>%1 în restanță</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+374"/>
        <source>Longest wait</source>
        <translation>Așteptare maximă</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-241"/>
        <source>Service level</source>
        <translation>Nivel de&#xa0;serviciu</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Abandoned</source>
        <translation>Abandonate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 abandoned</source>
        <translation>%1 abandonate</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+365"/>
        <source>Avg handle time</source>
        <translation>Timp mediu apel</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>%1 over their limit</source>
        <translation>%1 peste limită</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>no limit</source>
        <translation>fără limită</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>First-contact resolution</source>
        <translation>Rezolvare primul contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts too long</source>
        <translation>Contacte prea lungi</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+361"/>
        <source>Out of scope</source>
        <translation>În afara ariei</translation>
    </message>
    <message>
        <location line="-369"/>
        <location line="+366"/>
        <source>Avg answer time</source>
        <translation>Timp răspuns</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Resolved</source>
        <translation>Rezolvate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at first contact</source>
        <translation>la primul contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered today</source>
        <translation>Primite azi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered</source>
        <translation>%1 preluate</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Occupancy</source>
        <translation>Grad de ocupare</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>%1 logged in</source>
        <translation>%1 conectați</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+223"/>
        <source>%1 over %2</source>
        <translation>%1 peste %2</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>pending · %1 overdue</source>
        <translation>în așteptare · %1 restante</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Callbacks pending</source>
        <translation>Reapelări</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>All departments</source>
        <extracomment>The figures a department&apos;s row shows in a cell of its own.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>target %1 in %2 to %3</source>
        <translation>țintă %1 în %2 până la %3</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>no reason</source>
        <translation>fără motiv</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../wallboard/views/pages/departments.py" line="-2"/>
        <source>Waiting</source>
        <translation>Așteaptă</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandon rate</source>
        <translation>Rată de abandon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers</source>
        <translation>Transferuri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+4"/>
        <source>Overdue cases</source>
        <translation>Cazuri restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+3"/>
        <source>Overdue callbacks</source>
        <translation>Reapelări restante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog</source>
        <translation>Restanțe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents not ready too long</source>
        <translation>Operatori indisponibili prea mult timp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed not live</source>
        <translation>Fluxul nu este în direct</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contacts over %1</source>
        <translation>Contacte de peste %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents not ready past their limit</source>
        <translation>Operatori indisponibili peste limită</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents not ready over %1</source>
        <translation>Operatori indisponibili de peste %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feed lost: reconnecting</source>
        <translation>Flux pierdut: se reconectează</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed stale: figures are not live</source>
        <translation>Flux învechit: cifrele nu sunt în direct</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No feed configured</source>
        <translation>Niciun flux configurat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --url URL, or --demo to see the built-in simulated centre.</source>
        <translation>Porniți cu --url URL sau cu --demo pentru a vedea centrul simulat inclus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed</source>
        <translation>Autentificare eșuată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a new token with: wallboard login --url URL, then press R to retry.</source>
        <translation>Salvați un token nou cu: wallboard login --url URL, apoi apăsați R pentru a reîncerca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the feed</source>
        <translation>Fluxul nu poate fi accesat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the feed address and that the server is running; the wall keeps trying.</source>
        <translation>Verificați adresa fluxului și dacă serverul funcționează; panoul încearcă în continuare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Se conectează</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resynchronising</source>
        <translation>Resincronizare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not live</source>
        <translation>Nu în direct</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/i18n.py" line="-20"/>
        <source>d</source>
        <extracomment>Languages written right to left: the whole wall is mirrored for them. The languages the wall is translated into, besides English (its source). Languages whose percent sign comes first (CLDR: &quot;%87&quot; in Turkish). Languages that write the percent sign right after the number (CLDR).</extracomment>
        <translation>z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>s</translation>
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
        <translation>confirmate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longest</source>
        <translation>maxim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offered</source>
        <translation>primite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>targets vary</source>
        <translation>ținte diferite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SL</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL in 30 min</source>
        <translation>NS în 30 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>coadă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>necesari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the floor</source>
        <translation>în tură</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue cases</source>
        <translation>cazuri restante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue callbacks</source>
        <translation>reapelări restante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>answered in threshold / (answered + abandoned − short abandons)</source>
        <extracomment>The service-level rules as ``SlRule.describe()`` states them (wallboard/engine/figures.py).</extracomment>
        <translation>preluate în prag / (preluate + abandonate − abandonuri scurte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / answered</source>
        <translation>preluate în prag / preluate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered in threshold / (answered + abandoned)</source>
        <translation>preluate în prag / (preluate + abandonate)</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/agents.py" line="-127"/>
        <source>logged in</source>
        <translation>conectați</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available</source>
        <translation>liberi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on contact</source>
        <translation>în apel</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../../wallboard/views/settings.py" line="-16"/>
        <source>Agents</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agents by state</source>
        <translation>Operatori după stare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready, by reason</source>
        <translation>Indisponibili, după motiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents by department</source>
        <translation>Operatori pe departamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents by language</source>
        <translation>Operatori pe limbi</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/channels.py" line="-275"/>
        <source>Voice</source>
        <translation>Telefon</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Aplicație</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Rețele sociale</translation>
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
        <translation>Canale și limbi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="-8"/>
        <source>Department</source>
        <extracomment>A row&apos;s height as a multiple of its text size. The least a row gives up to (text sizes): a long name&apos;s two lines, drawn smaller. The totals row&apos;s height, in rows. How much larger than the smallest legible size the rows may grow: a few departments fill the page rather than leave its bottom empty. The staffing strip&apos;s height in rows&apos; text sizes. Departments shown in the staffing strip at most (the most urgent): few enough that each says &quot;needed&quot; and &quot;on the floor&quot; in words. The share of the board&apos;s width kept for department names. The usual widest figure of each column.</extracomment>
        <translation>Direcție</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest</source>
        <translation>Maximă</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases</source>
        <translation>Cazuri deschise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest case</source>
        <translation>Vechime</translation>
    </message>
    <message>
        <location filename="../../wallboard/present/wall.py" line="-448"/>
        <location filename="../../wallboard/views/pages/departments.py" line="+1"/>
        <source>Callbacks</source>
        <translation>Reapelări</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/departments.py" line="+2"/>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Departments</source>
        <translation>Departamente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Agents needed and on the floor, and service level in 30 minutes</source>
        <extracomment>The departments added up, under the last row shown.</extracomment>
        <translation>Operatori necesari și în tură, nivelul de serviciu în 30 de minute</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/overview.py" line="-38"/>
        <location filename="../../wallboard/views/settings.py" line="-1"/>
        <source>Overview</source>
        <extracomment>The wall&apos;s own page titles (the pages&apos; ``title``), in the wall&apos;s context.</extracomment>
        <translation>Privire de ansamblu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Departments, most urgent first</source>
        <translation>Departamente, cele mai urgente primele</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/pages/trends.py" line="-150"/>
        <location filename="../../wallboard/views/settings.py" line="+4"/>
        <source>Trends today</source>
        <extracomment>While only the current interval&apos;s figures change, its charts are redrawn at most this often (hours); at once when an interval is added. The page&apos;s charts, each redrawn apart: contacts per interval, service level, waiting. A line&apos;s points: x values and y values.</extracomment>
        <translation>Tendințele zilei</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Languages: waiting · service level</source>
        <extracomment>The charts to redraw, in turn (an ordered set), and what each shows: (intervals, at now_hours, its figures as drawn).</extracomment>
        <translation>Limbi: în așteptare · nivel de serviciu</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/load.py" line="+79"/>
        <source>not valid TOML: %1</source>
        <extracomment>A fatal problem rejects the file; a warning (an unknown key) does not. The file&apos;s own table, before validation (for merging over a central file).</extracomment>
        <translation>nu este TOML valid: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no such file</source>
        <translation>fișierul nu există</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>cheie necunoscută, ignorată; ați vrut să scrieți %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key, ignored; known here: %1</source>
        <translation>cheie necunoscută, ignorată; cheile cunoscute aici: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a number</source>
        <translation>un număr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un număr întreg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true sau false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>o listă</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table</source>
        <translation>un tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1, got %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a number&quot;), %2 the kind found.</extracomment>
        <translation>se aștepta %1, s-a primit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1 %2</source>
        <extracomment>A value of a configuration file: %1 the kind wanted (&quot;a whole number&quot;), %2 its bound as written (&quot;&lt;= 100&quot;).</extracomment>
        <translation>se aștepta %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing the key %1</source>
        <translation>lipsește cheia %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value %1</source>
        <translation>valoare nevalidă %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one page</source>
        <translation>este nevoie de cel puțin o pagină</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a page twice</source>
        <translation>o pagină apare de două ori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be above warning (%2) or equal to it</source>
        <translation>nivelul critic (%1) trebuie să fie peste nivelul de avertizare (%2) sau egal cu el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical (%1) must be below warning (%2) or equal to it</source>
        <translation>nivelul critic (%1) trebuie să fie sub nivelul de avertizare (%2) sau egal cu el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope %1 is not &apos;site&apos;, &apos;KIND:ID&apos; or &apos;KIND:*&apos; (KIND: department, queue, channel, language)</source>
        <translation>domeniul %1 nu este &apos;site&apos;, &apos;KIND:ID&apos; sau &apos;KIND:*&apos; (KIND: department, queue, channel, language)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 is measured for the site only</source>
        <translation>indicatorul %1 se măsoară doar pentru întregul centru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric &apos;staffing_gap&apos; is measured for the site, departments and languages: scope must be &apos;site&apos;, &apos;department:...&apos; or &apos;language:...&apos;</source>
        <translation>indicatorul &apos;staffing_gap&apos; se măsoară pentru centru, departamente și limbi: domeniul trebuie să fie &apos;site&apos;, &apos;department:...&apos; sau &apos;language:...&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metric %1 is a department&apos;s backlog: scope must be &apos;site&apos; or &apos;department:...&apos;</source>
        <translation>indicatorul %1 este restanța unui departament: domeniul trebuie să fie &apos;site&apos; sau &apos;department:...&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric %1 has no target: the rule needs &apos;warning&apos; (and may have &apos;critical&apos;)</source>
        <translation>indicatorul %1 nu are țintă: regula are nevoie de &apos;warning&apos; (și poate avea &apos;critical&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>critical must be past warning (above it, or below it for a figure where lower is worse)</source>
        <translation>nivelul critic trebuie să depășească avertizarea (peste ea, sau sub ea la un indicator unde mai mic înseamnă mai rău)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not like &apos;Mon-Fri 08:00-18:00&apos;</source>
        <translation>%1 nu are forma &apos;Mon-Fri 08:00-18:00&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a time of day</source>
        <translation>%1 nu este o oră din zi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rules have the id %1</source>
        <translation>două reguli au id-ul %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily_at must be HH:MM, not %1</source>
        <translation>daily_at trebuie să fie HH:MM, nu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a limit cannot be negative (%2); 0 means none</source>
        <translation>%1: o limită nu poate fi negativă (%2); 0 înseamnă fără limită</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (one of: %2)</source>
        <extracomment>%1 what is wrong with a value; %2 the values the key takes, as written.</extracomment>
        <translation>%1 (una dintre: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not UTF-8 text (%1 at byte %2)</source>
        <translation>nu este text UTF-8 (%1 la octetul %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read: %1</source>
        <translation>nu poate fi citit: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/config/store.py" line="+272"/>
        <source>no such file; using the defaults</source>
        <extracomment>The local file; None when the configuration is only a central one. A missing file is a problem only when the user named it. path -&gt; (signature, text, error) of the files read, to read each only when changed. Bumped each time a new configuration comes into force. True when the file was rejected before any good one was read.</extracomment>
        <translation>fișierul nu există; se folosesc valorile implicite</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>central configuration: cannot read: %1</source>
        <translation>configurația centrală: nu poate fi citită: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>central configuration unreachable (%1); using the last copy</source>
        <translation>configurația centrală nu poate fi accesată (%1); se folosește ultima copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>central configuration unreachable (%1); not loaded yet</source>
        <translation>configurația centrală nu poate fi accesată (%1); nu a fost încă încărcată</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/client.py" line="+137"/>
        <source>authentication failed (HTTP %1): the server refused the token</source>
        <extracomment>Close codes after which the server wants us back at once (section &quot;Transport&quot;). How often the session&apos;s timers are checked. Messages applied under one hold of the engine&apos;s lock (about a millisecond&apos;s work). How often the feed&apos;s thread works out the staffing figures (seconds). Seconds of silence before the figures are stale (rule 6). A CA bundle to verify the server with, instead of the system&apos;s. Stop at a configuration problem (for scripts) instead of retrying (for walls). Reconnection backoff: from ``backoff_base_s`` doubling up to ``backoff_cap_s``. How often the token is looked up again while authentication has failed. After an authentication failure, try again this often even with the same token (a kiosk: the server may have been at fault, and nobody is there to press R); ``None`` waits for a new token or :meth:`FeedClient.retry`. Gives way to the screen&apos;s thread while it draws (see :mod:`wallboard.feed.gate`). Why the token could not be read the last time it was asked for, if it could not.</extracomment>
        <translation>autentificare eșuată (HTTP %1): serverul a refuzat token-ul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authentication failed (HTTP %1): no token could be read. %2</source>
        <translation>autentificare eșuată (HTTP %1): niciun token nu a putut fi citit. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; trying again every %2 s</source>
        <translation>%1; se reîncearcă la fiecare %2 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server answered HTTP %1 to the handshake</source>
        <translation>serverul a răspuns cu HTTP %1 la handshake</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>invalid feed URL %1: %2</source>
        <translation>adresă de flux nevalidă %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server at %1 did not select subprotocol %2: it does not speak the wallboard feed protocol</source>
        <translation>serverul de la %1 nu a ales subprotocolul %2: nu folosește protocolul fluxului wallboard</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a frame over the 16 MiB limit was refused (protocol error)</source>
        <translation>un cadru peste limita de 16 MiB a fost refuzat (eroare de protocol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed</source>
        <translation>conexiune închisă</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server closed the connection (%1)</source>
        <translation>serverul a închis conexiunea (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection dropped</source>
        <translation>conexiunea s-a întrerupt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>fișierul CA %1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>TLS certificate verification failed for %1: %2</source>
        <translation>verificarea certificatului TLS a eșuat pentru %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS error with %1: %2</source>
        <translation>eroare TLS cu %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1: connection refused</source>
        <translation>nu se poate conecta la %1: conexiune refuzată</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out connecting to %1</source>
        <translation>timpul de conectare la %1 a expirat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>nu se poate conecta la %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection to %1 failed: %2</source>
        <translation>conexiunea la %1 a eșuat: %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/feed/session.py" line="+158"/>
        <source>inconsistent delta: %1</source>
        <extracomment>Seconds to wait for a snapshot after asking for one (rule 2). Default seconds of silence after which the figures are stale (rule 6). Dropped elements logged one by one per snapshot; the rest in one line.</extracomment>
        <translation>actualizare incoerentă: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad message (%1): %2</source>
        <translation>mesaj greșit (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad message: %1</source>
        <translation>mesaj greșit: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>snapshot at seq %1: %2 element(s) left out, first a %3: %4</source>
        <translation>instantaneul cu secvența %1: %2 element(e) omise, primul un %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no snapshot arrived within 10 s; reconnecting</source>
        <translation>niciun instantaneu în 10 s; reconectare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no message for %1 s; reconnecting</source>
        <translation>niciun mesaj de %1 s; reconectare</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>sequence gap: expected %1, got %2</source>
        <translation>gol în secvență: se aștepta %1, a venit %2</translation>
    </message>
    <message>
        <location filename="../../wallboard/views/bridge.py" line="+176"/>
        <source>the defaults are in use</source>
        <extracomment>A new configuration came into force (the file changed): the window applies it. The alert rules always run; without a log unless one is given. Alert events of the last refresh (tests and the log read them). The departments&apos; order from one refresh to the next (it does not shuffle). Writes the interval store, when the wall keeps one (its troubles are shown). Seconds each refresh took in the UI thread, the last few hundred (benchmarks).</extracomment>
        <translation>se folosesc valorile implicite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last good configuration stays in force</source>
        <translation>ultima configurație validă rămâne în vigoare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration not applied: %1</source>
        <translation>Configurația nu a fost aplicată: %1</translation>
    </message>
    <message>
        <location filename="../../wallboard/probe.py" line="-5"/>
        <source>authentication failed</source>
        <extracomment>A one-line reason when the probe could not connect or authenticate.</extracomment>
        <translation>autentificare eșuată</translation>
    </message>
    <message>
        <location filename="../../wallboard/alerts/log.py" line="+142"/>
        <source>Alert log not written (%1): %2 waiting, %3 lost</source>
        <translation>Jurnalul de alerte nu a fost scris (%1): %2 în așteptare, %3 pierdute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert log not written (%1): %2 waiting</source>
        <translation>Jurnalul de alerte nu a fost scris (%1): %2 în așteptare</translation>
    </message>
    <message>
        <location filename="../../wallboard/history/writer.py" line="+105"/>
        <source>Interval store not written (%1); trying again</source>
        <extracomment>The first write comes this soon after the start (seconds), so a restarted wall&apos;s trends get the day&apos;s earlier waiting from the store at once. How long a damaged file that was set aside stays mentioned on the wall. The figures, only while they are live: stale &quot;now&quot; figures are not samples. When the sample was taken (the wall clock). Daily reports, written after a write on this same thread. The same weekday last week from the store, for the trends (read by the screen). The day before, from the store, for the trends&apos; summary of yesterday. The day&apos;s waiting stored before this run: (date, ((time, mean waiting), ...)).</extracomment>
        <translation>Depozitul de intervale nu a fost scris (%1); se reîncearcă</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Interval store was damaged: kept aside as %1, a new one started</source>
        <translation>Depozitul de intervale era deteriorat: păstrat deoparte ca %1, s-a început unul nou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval store was damaged: not moved, a new one started</source>
        <translation>Depozitul de intervale era deteriorat: nu a fost mutat, s-a început unul nou</translation>
    </message>
</context>
</TS>
