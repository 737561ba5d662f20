<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/assign_dialog.py" line="+28"/>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several people</source>
        <translation>kilka osób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign {what} to a person (now: {now}). Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Przypisz {what} osobie (teraz: {now}). Powiadomienia o terminach przypisanego zamówienia trafiają tylko do tej osoby; gdy zamówienie nie jest nikomu przypisane, ostrzegani są wszyscy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me ({me})</source>
        <translation>Mnie ({me})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name</source>
        <translation>imię</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Assign</source>
        <translation>&amp;Przypisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to &amp;nobody</source>
        <translation>&amp;Nikomu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>type a name, or choose one</source>
        <translation>wpisz imię lub wybierz</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../aliassist/services/assignment.py" line="+59"/>
        <source>who you are is not known on this database</source>
        <extracomment>the name that stands for the current user (`assign NUMBER me`) what to do when the current user has no name</extracomment>
        <translation>w tej bazie danych nie wiadomo, kim jesteś</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../aliassist/notify/autostart.py" line="+134"/>
        <source>cannot change the start-at-login entry: {problem}</source>
        <extracomment>the file written (Linux, macOS) or the registry key (Windows) the file&apos;s content, or the registry value (the command line)</extracomment>
        <translation>nie można zmienić wpisu uruchamiania przy logowaniu: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+57"/>
        <source>Backups</source>
        <extracomment>the data was replaced by a backup: whatever shows it must reload</extracomment>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AliAssist copies the database once a day when it starts and before every upgrade. It keeps the newest backup of each of the last {days} days and of the {weeks} weeks before them.</source>
        <translation>AliAssist kopiuje bazę danych raz dziennie przy uruchomieniu i przed każdą aktualizacją. Zachowuje najnowszą kopię z każdego z ostatnich {days} dni oraz z każdego z {weeks} tygodni przed nimi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Utworzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups are made of the SQLite database file only; this is a server database. Use the server&apos;s own backup tools.</source>
        <translation>Kopie zapasowe obejmują tylko plik bazy danych SQLite; to jest baza danych na serwerze. Użyj narzędzi do kopii zapasowych samego serwera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unreadable</source>
        <translation>nieczytelna</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backups yet: the first is made the next time AliAssist starts with orders stored, or now with “Back up now”.</source>
        <translation>Brak kopii zapasowych: pierwsza powstanie przy następnym uruchomieniu AliAssist z zapisanymi zamówieniami albo teraz przyciskiem „Utwórz kopię teraz”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup was made</source>
        <translation>Nie utworzono kopii zapasowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made</source>
        <translation>Utworzono kopię zapasową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up: {backup}.</source>
        <translation>Utworzono kopię: {backup}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Przywrócić tę kopię?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your current data with the backup of {backup}?

Your current data is saved as a backup first, so you can go back to it.</source>
        <translation>Zastąpić wszystkie bieżące dane kopią zapasową z {backup}?

Bieżące dane zostaną najpierw zapisane jako kopia zapasowa, więc można do nich wrócić.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was restored</source>
        <translation>Niczego nie przywrócono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../aliassist/notify/calendar.py" line="+58"/>
        <source>{label}: order {number} ({store})</source>
        <translation>{label}: zamówienie {number} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {store}</source>
        <translation>Zamówienie {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: order {number}</source>
        <translation>{label}: zamówienie {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number}</source>
        <translation>Zamówienie {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} until {deadline}.</source>
        <translation>{label} do {deadline}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute {number} of the order</source>
        <translation>Spór {number} dotyczący zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{label} in %n day(s): order {number}</source>
        <translation>
            <numerusform>{label} za %n dzień: zamówienie {number}</numerusform>
            <numerusform>{label} za %n dni: zamówienie {number}</numerusform>
            <numerusform>{label} za %n dni: zamówienie {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="+79"/>
        <source>Missing: the evidence vault no longer holds this file. Add it again, or remove it.</source>
        <translation>Brak: magazyn dowodów nie zawiera już tego pliku. Dodaj go ponownie lub usuń.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Drop files on an item, or use “Add files…”. Files are copied into the evidence vault and never changed; your originals stay where they are.</source>
        <translation>Upuść pliki na pozycję lub użyj „Dodaj pliki…”. Pliki są kopiowane do magazynu dowodów i nigdy nie są zmieniane; oryginały pozostają na swoim miejscu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence checklist items</source>
        <extracomment>text colours for the palette in force (see theme.tone)</extracomment>
        <translation>Pozycje listy dowodów</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Evidence for “{label}”</source>
        <translation>Dowody dla „{label}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence complete</source>
        <translation>Wymagane dowody są kompletne</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>Brakuje %n wymaganej pozycji</numerusform>
            <numerusform>Brakuje %n wymaganych pozycji</numerusform>
            <numerusform>Brakuje %n wymaganych pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} (missing)</source>
        <translation>{name} (brak)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken {time}</source>
        <translation>Wykonano {time}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Checks on your files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sprawdzenie Twoich plików&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence files</source>
        <translation>Dodaj pliki dowodów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;All files (*)</source>
        <translation>Zdjęcia, filmy i dokumenty (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding evidence…</source>
        <translation>Dodawanie dowodów…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added {files}.</source>
        <translation>Dodano: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already attached: {files}.</source>
        <translation>Już dołączone: {files}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error: {error}</source>
        <translation>Nieoczekiwany błąd: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added</source>
        <translation>Niczego nie dodano</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View…</source>
        <translation>Wyświetl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Co to jest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts for</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No particular item</source>
        <translation>Bez konkretnego produktu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from evidence…</source>
        <translation>Usuń z dowodów…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change evidence file {name} of order {number}</source>
        <translation>Zmień plik dowodu {name} zamówienia {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot change the file</source>
        <translation>Nie można zmienić pliku</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit ▸ Undo (Ctrl+Z) brings it back</source>
        <translation>Edycja ▸ Cofnij (Ctrl+Z) przywróci go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy is deleted unless another order uses it</source>
        <translation>Zapisana kopia zostanie usunięta, chyba że używa jej inne zamówienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Usuń dowód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this order&apos;s evidence?

{later}; your original file is not touched.</source>
        <translation>Usunąć „{name}” z dowodów tego zamówienia?

{later}; oryginalny plik pozostaje nienaruszony.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove evidence file {name} of order {number}</source>
        <translation>Usuń plik dowodu {name} zamówienia {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the file</source>
        <translation>Nie można usunąć pliku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}. Ctrl+Z brings it back.</source>
        <translation>Usunięto {name}. Ctrl+Z przywróci go.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name}.</source>
        <translation>Usunięto {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name} (its stored copy is kept: other evidence uses it).</source>
        <translation>Usunięto {name} (zapisana kopia zostaje: używają jej inne dowody).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+75"/>
        <source>Which column holds what?</source>
        <translation>Która kolumna zawiera co?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; is not the export of a known exporter. Say once which column holds what; AliAssist remembers it for files with the same columns. The order number and the order date are needed; everything else is optional.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; nie jest eksportem znanego programu. Wskaż raz, która kolumna zawiera co; AliAssist zapamięta to dla plików z takimi samymi kolumnami. Potrzebne są numer i data zamówienia; wszystko inne jest opcjonalne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— not in the file —</source>
        <translation>— brak w pliku —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column {index}</source>
        <translation>Kolumna {index}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates are written:</source>
        <translation>Format dat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember for files with these columns</source>
        <translation>Zapamiętaj dla plików z tymi kolumnami</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the column of: {fields}</source>
        <translation>Wybierz kolumnę dla: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One column is chosen for two things.</source>
        <translation>Jedna kolumna jest wybrana dla dwóch pól.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../aliassist/services/context.py" line="+89"/>
        <source>{now} is outside the years {first} to {last} the app&apos;s clocks cover</source>
        <extracomment>a fixed instant for every clock read (--now), or None for the real time why the policy chosen in Settings could not be used, when it could not the years `--now` may name: the clocks&apos; arithmetic stays within datetime&apos;s range</extracomment>
        <translation>{now} wykracza poza lata {first}–{last} obsługiwane przez zegary aplikacji</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/recovery_dialog.py" line="+33"/>
        <source>{app}: the database is damaged</source>
        <translation>{app}: baza danych jest uszkodzona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Your AliAssist database cannot be used: it is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nie można użyć bazy danych AliAssist: jest uszkodzona.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found: {problem}.</source>
        <translation>Wykryto: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted. The damaged file was moved aside and is kept unchanged:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</source>
        <translation>Niczego nie usunięto. Uszkodzony plik przeniesiono na bok i zachowano bez zmian:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from &lt;b&gt;{made}&lt;/b&gt;. Restore it to carry on where it left off; anything entered after it was made has to be entered again.</source>
        <translation>Ostatnia dobra kopia zapasowa pochodzi z &lt;b&gt;{made}&lt;/b&gt;. Przywróć ją, aby kontynuować od tego miejsca; wszystko, co wprowadzono po jej utworzeniu, trzeba wprowadzić ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no good backup to restore. You can start with an empty database and import a data file you exported earlier.</source>
        <translation>Brak dobrej kopii zapasowej do przywrócenia. Możesz zacząć od pustej bazy danych i zaimportować wcześniej wyeksportowany plik danych.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the latest good backup</source>
        <translation>Przywróć ostatnią dobrą kopię</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty database</source>
        <translation>Zacznij od pustej bazy danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../aliassist/services/datafile.py" line="+132"/>
        <source>the file {name} has changed since it was exported (its SHA-256 differs from the one recorded)</source>
        <translation>plik {name} zmienił się od eksportu (jego SHA-256 różni się od zapisanego)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as orders.json</source>
        <translation>to folder; podaj nazwę pliku, np. orders.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {name} is missing from the vault ({path})</source>
        <translation>brak pliku dowodu {name} w magazynie ({path})</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+16"/>
        <source>Your data</source>
        <extracomment>everything was deleted: the app must close</extracomment>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything AliAssist keeps stays on this computer and is never sent anywhere: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;File ▸ Export data file… writes a portable copy (a JSON file and the evidence files).</source>
        <translation>Wszystko, co przechowuje AliAssist, zostaje na tym komputerze i nigdzie nie jest wysyłane: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Plik ▸ Eksportuj plik danych… zapisuje przenośną kopię (plik JSON i pliki dowodów).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete all my data…</source>
        <translation>Usuń wszystkie moje dane…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was deleted</source>
        <translation>Niczego nie usunięto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your data was deleted</source>
        <translation>Wszystkie Twoje dane zostały usunięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, the evidence files and the backups were deleted. AliAssist closes now; it starts empty next time.</source>
        <translation>Baza danych, pliki dowodów i kopie zapasowe zostały usunięte. AliAssist zostanie teraz zamknięty; przy następnym uruchomieniu będzie pusty.</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/database_settings.py" line="+46"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use now: a team database&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <extracomment>the result of the last &quot;Test connection&quot; (None: not tested yet)</extracomment>
        <translation>Teraz używana: baza danych zespołu&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: the file on this computer&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <translation>Teraz używany: plik na tym komputerze&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people or computers can share one set of orders on a PostgreSQL server. Give its address to open it from the next start; leave the field empty to use the file on this computer.</source>
        <translation>Kilka osób lub komputerów może współdzielić jeden zestaw zamówień na serwerze PostgreSQL. Podaj jego adres, aby otwierać go od następnego uruchomienia; pozostaw pole puste, aby używać pliku na tym komputerze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team database URL</source>
        <translation>URL bazy danych zespołu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: AliAssist never stores one. It is read from &lt;b&gt;~/.pgpass&lt;/b&gt; (or the file &lt;b&gt;PGPASSFILE&lt;/b&gt; names) or a service file (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, then &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), as every PostgreSQL program does.</source>
        <translation>Nie umieszczaj hasła w adresie: AliAssist nigdy go nie przechowuje. Jest odczytywane z &lt;b&gt;~/.pgpass&lt;/b&gt; (lub pliku wskazanego przez &lt;b&gt;PGPASSFILE&lt;/b&gt;) albo z pliku usług (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, a potem &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), jak w każdym programie PostgreSQL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;nobr&gt;--database-url&lt;/nobr&gt; or &lt;nobr&gt;--db&lt;/nobr&gt; on the command line, or ALIASSIST_DATABASE_URL or ALIASSIST_DB in the environment, take precedence over this choice. It is kept in {file}.</source>
        <translation>&lt;nobr&gt;--database-url&lt;/nobr&gt; lub &lt;nobr&gt;--db&lt;/nobr&gt; w wierszu poleceń albo ALIASSIST_DATABASE_URL lub ALIASSIST_DB w środowisku mają pierwszeństwo przed tym wyborem. Jest on zapisany w {file}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From the next start: the file on this computer.</source>
        <translation>Od następnego uruchomienia: plik na tym komputerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start: this team database (chosen in Settings).</source>
        <translation>Od następnego uruchomienia: ta baza danych zespołu (wybrana w ustawieniach).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: back to the file on this computer, from the next start.</source>
        <translation>Po OK: powrót do pliku na tym komputerze od następnego uruchomienia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: this team database is opened from the next start of AliAssist.</source>
        <translation>Po OK: ta baza danych zespołu będzie otwierana od następnego uruchomienia AliAssist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Testowanie połączenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reachable. {message}</source>
        <translation>Osiągalna. {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use it: {message}</source>
        <translation>Nie można jej użyć: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error: {error}</source>
        <translation>nieoczekiwany błąd: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the next start, AliAssist opens the database file on this computer again. Restart AliAssist to switch now.</source>
        <translation>Od następnego uruchomienia AliAssist znów otworzy plik bazy danych na tym komputerze. Uruchom AliAssist ponownie, aby przełączyć teraz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start, AliAssist opens the team database {database}. Restart AliAssist to switch now. (The choice is kept in {file}.)</source>
        <translation>Od następnego uruchomienia AliAssist otworzy bazę danych zespołu {database}. Uruchom AliAssist ponownie, aby przełączyć teraz. (Wybór jest zapisany w {file}.)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../aliassist/i18n.py" line="+313"/>
        <source>{instant} your time</source>
        <extracomment>language code -&gt; the language&apos;s own name, as the Settings list shows it the language the texts are written in (no translator needed) the languages with a translation (a .ts source, a .qm at run time) the environment variable naming the language (after --lang, before Settings) a language the system names without the region the app speaks it for how an instant&apos;s date reads in words, where the day is not simply followed by the month the language in force (None: none was put in force, the texts are the source&apos;s) its translators (the app&apos;s and Qt&apos;s), kept alive here, and the application they are in the language to put in force at the first text translated (use_language_lazily)</extracomment>
        <translation>{instant} według Twojego czasu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until {deadline}</source>
        <translation>do {deadline}</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+13"/>
        <source>Delete all my data</source>
        <translation>Usuń wszystkie moje dane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;This deletes everything AliAssist keeps on this computer.&lt;/b&gt; It cannot be undone.</source>
        <translation>&lt;b&gt;To usunie wszystko, co AliAssist przechowuje na tym komputerze.&lt;/b&gt; Nie można tego cofnąć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you exported (data files, dispute packets) are not touched. To keep a copy you can import later, export it first.</source>
        <translation>Wyeksportowane pliki (pliki danych, pakiety sporu) pozostają nienaruszone. Aby zachować kopię do późniejszego importu, najpierw ją wyeksportuj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a copy first…</source>
        <translation>Najpierw wyeksportuj kopię…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To confirm, type &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Aby potwierdzić, wpisz &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To confirm, type {word}</source>
        <translation>Aby potwierdzić, wpisz {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export all data</source>
        <translation>Eksportuj wszystkie dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Dane AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n order(s) to {path}.</source>
        <translation>
            <numerusform>Zapisano %n zamówienie do {path}.</numerusform>
            <numerusform>Zapisano %n zamówienia do {path}.</numerusform>
            <numerusform>Zapisano %n zamówień do {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeStepsDialog</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_steps.py" line="+48"/>
        <source>The seller responded</source>
        <translation>Sprzedawca odpowiedział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I escalated it to the platform</source>
        <translation>Spór przekazany platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform asked for the item back</source>
        <translation>Platforma poprosiła o zwrot produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I shipped the item back</source>
        <translation>Produkt odesłany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money came back</source>
        <translation>Pieniądze wróciły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform decided against me</source>
        <translation>Platforma rozstrzygnęła na moją niekorzyść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cancelled the dispute</source>
        <translation>Spór anulowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute is over</source>
        <translation>Spór jest zakończony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Chargeback kartą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Roszczenie u operatora płatności</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute steps — order {number}</source>
        <translation>Etapy sporu — zamówienie {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disputes of the order</source>
        <translation>Spory dotyczące zamówienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps recorded</source>
        <translation>Zapisane etapy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a step</source>
        <translation>Zapisz etap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everything paid, less refunds</source>
        <translation>wszystko zapłacone minus zwroty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>numer przesyłki zwrotnej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step</source>
        <translation>Zapisz etap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove last step…</source>
        <translation>Usuń ostatni etap…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last step of this dispute, recorded by mistake (Edit ▸ Undo brings it back)</source>
        <translation>Wycofaj ostatni etap tego sporu zapisany przez pomyłkę (Edycja ▸ Cofnij go przywróci)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened:</source>
        <translation>Co się stało:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Amount refunded:</source>
        <translation>Zwrócona kwota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return tracking:</source>
        <translation>Numer przesyłki zwrotnej:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record money outside a dispute step</source>
        <translation>Zapisz płatność poza etapem sporu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayPal, your card issuer, …</source>
        <translation>PayPal, wydawca Twojej karty, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>Zapisz płatność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Kwota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dispute {index} ({platform_id})</source>
        <translation>Spór {index} ({platform_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute {index}</source>
        <translation>Spór {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This order has no disputes yet: start one with &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt;. Payments can still be recorded here.</source>
        <translation>To zamówienie nie ma jeszcze sporów: rozpocznij spór przez &lt;b&gt;Spór ▸ Nowy spór…&lt;/b&gt;. Płatności można tu zapisywać mimo to.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Dispute {index}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spór {index}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked {amount}</source>
        <translation>żądano {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return tracking {tracking}</source>
        <translation>numer przesyłki zwrotnej {tracking}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{clock}: {date}&lt;/b&gt; (running)</source>
        <translation>&lt;b&gt;{clock}: {date}&lt;/b&gt; (biegnie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {date} (stopped)</source>
        <translation>{clock}: {date} (zatrzymany)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dispute has no next step: it is settled.</source>
        <translation>Ten spór nie ma kolejnego etapu: jest rozstrzygnięty.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record step “{step}” on dispute {index} of order {number}</source>
        <translation>Zapisz etap „{step}” w sporze {index} zamówienia {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {step}.</source>
        <translation>Zapisano: {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded: {step}. {payment} of {amount} recorded.</source>
        <translation>Zapisano: {step}. Zapisano {payment} na {amount}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove last step</source>
        <translation>Usuń ostatni etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the step “{step}” ({time}) from dispute {index}?

The dispute goes back to what the earlier steps made it; a refund recorded with the step is removed too. Edit ▸ Undo (Ctrl+Z) brings the step back.</source>
        <translation>Usunąć etap „{step}” ({time}) ze sporu {index}?

Spór wróci do stanu wynikającego z wcześniejszych etapów; zwrot pieniędzy zapisany z tym etapem również zostanie usunięty. Edycja ▸ Cofnij (Ctrl+Z) przywróci etap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove step “{step}” of dispute {index} of order {number}</source>
        <translation>Usuń etap „{step}” sporu {index} zamówienia {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed the step “{step}”. Ctrl+Z brings it back.</source>
        <translation>Usunięto etap „{step}”. Ctrl+Z go przywróci.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {payment} on order {number}</source>
        <translation>Zapisz {payment} dla zamówienia {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {payment} of {amount}.</source>
        <translation>Zapisano: {payment} na {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {payment}.</source>
        <translation>Zapisano: {payment}.</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_wizard.py" line="+70"/>
        <source>Choose a reason and describe what happened: the pre-check reads it as you type.</source>
        <extracomment>How long typing pauses before the pre-check runs again (ms). the finding an empty form always raises; not shown as a problem before anything is entered</extracomment>
        <translation>Wybierz powód i opisz, co się stało: wstępna kontrola czyta tekst podczas pisania.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New dispute — order {number}</source>
        <extracomment>the chosen reason id, or None (the evidence checklist follows it)</extracomment>
        <translation>Nowy spór — zamówienie {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order {number}</source>
        <translation>Zamówienie {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>paid {amount}</source>
        <translation>zapłacono {amount}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1  What is wrong</source>
        <translation>1  Co jest nie tak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole order</source>
        <translation>Całe zamówienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {index}</source>
        <translation>Produkt {index}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2  Describe it in your own words</source>
        <translation>2  Opisz własnymi słowami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facts only: what you ordered, what arrived or what tracking shows, and when. For example: “I ordered size M in red; the dress is orange and the label says S.”</source>
        <translation>Tylko fakty: co zamówiono, co dotarło lub co pokazuje śledzenie przesyłki, i kiedy. Na przykład: „Zamówiłam rozmiar M w kolorze czerwonym; sukienka jest pomarańczowa, a na metce jest S”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe it in your own words</source>
        <translation>Opisz własnymi słowami</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3  What you ask for</source>
        <extracomment>says a kept draft came back (hidden otherwise)</extracomment>
        <translation>3  Czego żądasz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partial refund amount</source>
        <translation>Kwota częściowego zwrotu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>4  Description to file (from the order&apos;s facts and your words)</source>
        <translation>4  Opis do zgłoszenia (z faktów zamówienia i Twoich słów)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description to file</source>
        <translation>Opis do zgłoszenia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the description is written in. English is what sellers read best.</source>
        <extracomment>the language the description is written in: English (sellers read it best) or the buyer&apos;s, apart from the window&apos;s language</extracomment>
        <translation>Język, w którym jest napisany opis. Sprzedawcy najlepiej czytają po angielsku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Język szkicu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+436"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Copy the description, to paste into the dispute form</source>
        <translation>Skopiuj opis, aby wkleić go do formularza sporu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received</source>
        <translation>Nie otrzymano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, but something is wrong</source>
        <translation>Otrzymano, ale coś jest nie tak</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Pre-check&lt;/b&gt; — the platform&apos;s rules, checked as you type</source>
        <translation>&lt;b&gt;Wstępna kontrola&lt;/b&gt; — zasady platformy sprawdzane podczas pisania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found: this dispute breaks none of the platform&apos;s rules the app knows.</source>
        <translation>Nic nie znaleziono: ten spór nie narusza żadnej znanej aplikacji zasady platformy.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export packet…</source>
        <extracomment>The evidence checklist panel goes here (see the module docstring). More buttons for the dispute go here (see the module docstring).</extracomment>
        <translation>Eksportuj pakiet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Not checked yet.</source>
        <translation>Jeszcze nie sprawdzono.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Platform dispute id:</source>
        <translation>ID sporu na platformie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after you file it</source>
        <translation>po zgłoszeniu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as filed</source>
        <translation>Oznacz jako zgłoszony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep the description you typed as a draft?</source>
        <translation>Zachować wpisany opis jako szkic?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the amount of the {remedy} you ask for.</source>
        <translation>Wpisz żądaną kwotę ({remedy}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(at most {amount})</source>
        <translation>(najwyżej {amount})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose what went wrong. Not received: the parcel never reached you. Received: it arrived, but something is wrong with it.</source>
        <translation>Wybierz, co poszło nie tak. Nie otrzymano: paczka nigdy do Ciebie nie dotarła. Otrzymano: dotarła, ale coś jest z nią nie tak.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n character(s) · at least {least}, at most {most}</source>
        <translation>
            <numerusform>%n znak · co najmniej {least}, najwyżej {most}</numerusform>
            <numerusform>%n znaki · co najmniej {least}, najwyżej {most}</numerusform>
            <numerusform>%n znaków · co najmniej {least}, najwyżej {most}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason: the description is drafted from the order&apos;s facts and your words.</source>
        <translation>Wybierz powód: opis powstaje z faktów zamówienia i Twoich słów.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · your words were cut to fit: shorten them</source>
        <translation> · Twój tekst został przycięty, aby się zmieścić: skróć go</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n minor fact(s) left out to fit</source>
        <translation>
            <numerusform> · pominięto %n drobny fakt, aby się zmieścić</numerusform>
            <numerusform> · pominięto %n drobne fakty, aby się zmieścić</numerusform>
            <numerusform> · pominięto %n drobnych faktów, aby się zmieścić</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters{note}</source>
        <translation>{length} / {limit} znaków{note}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dispute window closed on {date}</source>
        <translation>Termin na otwarcie sporu minął {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a dispute by &lt;b&gt;{date}&lt;/b&gt; (%n day(s) left)</source>
        <translation>
            <numerusform>Otwórz spór do &lt;b&gt;{date}&lt;/b&gt; (został %n dzień)</numerusform>
            <numerusform>Otwórz spór do &lt;b&gt;{date}&lt;/b&gt; (zostały %n dni)</numerusform>
            <numerusform>Otwórz spór do &lt;b&gt;{date}&lt;/b&gt; (zostało %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Check your input:&lt;/b&gt; {error}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Sprawdź dane:&lt;/b&gt; {error}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n problem blokujący</numerusform>
            <numerusform>%n problemy blokujące</numerusform>
            <numerusform>%n problemów blokujących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;, and %n warning(s). Fix them first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nie gotowe:&lt;/b&gt; {problems}&lt;/span&gt; oraz %n ostrzeżenie. Najpierw je popraw.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nie gotowe:&lt;/b&gt; {problems}&lt;/span&gt; oraz %n ostrzeżenia. Najpierw je popraw.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nie gotowe:&lt;/b&gt; {problems}&lt;/span&gt; oraz %n ostrzeżeń. Najpierw je popraw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;. Fix them first.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nie gotowe:&lt;/b&gt; {problems}&lt;/span&gt;. Najpierw je popraw.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file&lt;/b&gt;&lt;/span&gt;, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Gotowe do zgłoszenia&lt;/b&gt;&lt;/span&gt;, ale najpierw przeczytaj %n ostrzeżenie.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Gotowe do zgłoszenia&lt;/b&gt;&lt;/span&gt;, ale najpierw przeczytaj %n ostrzeżenia.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Gotowe do zgłoszenia&lt;/b&gt;&lt;/span&gt;, ale najpierw przeczytaj %n ostrzeżeń.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Gotowe do zgłoszenia.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocked by the pre-check: {problems}.</source>
        <translation>Zablokowane przez wstępną kontrolę: {problems}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File the dispute on the platform, then enter the dispute id it shows.</source>
        <translation>Zgłoś spór na platformie, a potem wpisz pokazane tam ID sporu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the dispute as opened today</source>
        <translation>Zapisz spór jako otwarty dzisiaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the summary, the description and your evidence as one ZIP with a verifiable manifest</source>
        <translation>Zapisz podsumowanie, opis i dowody w jednym pliku ZIP z weryfikowalnym manifestem</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the packet {name}.</source>
        <translation>Zapisano pakiet {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File a dispute on order {number}</source>
        <translation>Zgłoś spór dotyczący zamówienia {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the dispute</source>
        <translation>Nie można zapisać sporu</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <location filename="../../aliassist/services/disputes/steps.py" line="+73"/>
        <source>{at} is in the future</source>
        <extracomment>the payment recorded with the step (refunds), if any the clock the step started, and when it ends</extracomment>
        <translation>{at} jest w przyszłości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record steps when they happen</source>
        <translation>zapisuj kroki, gdy następują</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} is before {what} ({not_before})</source>
        <translation>{at} jest wcześniej niż {what} ({not_before})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown step {step}; steps: {steps}</source>
        <translation>nieznany krok {step}; kroki: {steps}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it can next be: {steps}</source>
        <translation>następnym krokiem może być: {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no next step; a new problem needs a new dispute</source>
        <translation>nie ma następnego kroku; nowy problem wymaga nowego sporu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispute {index} of order {number} is {status}, so it cannot be {step}</source>
        <translation>spór {index} zamówienia {number} ma status „{status}”, więc nie może przejść do „{step}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tracking number goes with return_requested or return_shipped</source>
        <translation>numer przesyłki podaje się z return_requested lub return_shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an amount goes with the refunded step</source>
        <translation>kwotę podaje się z krokiem refunded</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>order {number} has no amount paid; give the amount refunded</source>
        <translation>zamówienie {number} nie ma zapłaconej kwoty; podaj zwróconą kwotę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a refund of 0 is not a refund; record the dispute as rejected or closed instead</source>
        <translation>zwrot 0 nie jest zwrotem; zapisz spór jako odrzucony lub zamknięty</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a dispute needs a reason</source>
        <extracomment>The dispute event that records a pre-check overridden on purpose (--force, &quot;Record anyway&quot;).</extracomment>
        <translation>spór wymaga powodu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pre-check blocks this dispute ({rules})</source>
        <translation>kontrola wstępna blokuje ten spór ({rules})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no order with id {order_id}</source>
        <translation>brak zamówienia o id {order_id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order {number} already has a dispute {platform_id}</source>
        <translation>zamówienie {number} ma już spór {platform_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown payment kind {kind}; kinds: {kinds}</source>
        <translation>nieznany rodzaj płatności {kind}; rodzaje: {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the amount of the {value}</source>
        <translation>podaj kwotę: {value}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>dispute {dispute} of order {number} has no step to remove: only its filing is recorded</source>
        <translation>spór {dispute} zamówienia {number} nie ma kroku do usunięcia: zapisano tylko jego otwarcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the dispute itself in the order&apos;s editor</source>
        <translation>usuń sam spór w edytorze zamówienia</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{amount} is more than was paid (less refunds): {limit}</source>
        <translation>{amount} to więcej, niż zapłacono (po odliczeniu zwrotów): {limit}</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/disputes/validation.py" line="+33"/>
        <source>choose a reason; valid reasons: {reasons}</source>
        <translation>wybierz powód; prawidłowe powody: {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {item} does not exist; {items}</source>
        <translation>pozycja {item} nie istnieje; {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown remedy {remedy}; valid remedies: {remedies}</source>
        <translation>nieznane żądanie {remedy}; prawidłowe żądania: {remedies}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount goes with the remedy {remedy}</source>
        <translation>kwotę podaje się z żądaniem {remedy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a refund of 0 asks for nothing</source>
        <translation>zwrot 0 o nic nie prosi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remedy {remedy} needs the amount you ask for</source>
        <translation>żądanie {remedy} wymaga kwoty, o którą prosisz</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no disputes</source>
        <translation>zamówienie {number} nie ma sporów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist dispute opened` records one</source>
        <translation>`aliassist dispute opened` zapisuje spór</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has {count} disputes; say which: {disputes}</source>
        <translation>zamówienie {number} ma spory ({count}); wskaż który: {disputes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {number} has no dispute {ref}; its disputes: {disputes}</source>
        <translation>zamówienie {number} nie ma sporu {ref}; jego spory: {disputes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has no currency; add the amount paid and its currency to the order first</source>
        <translation>zamówienie {number} nie ma waluty; najpierw dodaj do zamówienia zapłaconą kwotę i jej walutę</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../aliassist/i18n_domain.py" line="+22"/>
        <source>open</source>
        <extracomment>the domain&apos;s texts, marked (they must read exactly as in domain/dispute_steps.py and domain/estimates.py: tests/test_i18n_domain.py checks every one is here)</extracomment>
        <translation>otwarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered by the seller</source>
        <translation>sprzedawca odpowiedział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>przekazany platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the return</source>
        <translation>oczekuje na zwrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the returned item to arrive</source>
        <translation>oczekuje na dostarczenie zwróconego produktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <translation>zwrócono pieniądze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>odrzucony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as answered by the seller</source>
        <translation>oznaczono: sprzedawca odpowiedział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as waiting for a return</source>
        <translation>oznaczono: oczekuje na zwrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as return shipped</source>
        <translation>oznaczono: produkt odesłany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as refunded</source>
        <translation>oznaczono: zwrócono pieniądze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as rejected</source>
        <translation>oznaczono: odrzucony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seller answered the dispute</source>
        <translation>sprzedawca odpowiedział na spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you escalated the dispute to the platform</source>
        <translation>przekazano spór platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform asked for the item back</source>
        <translation>platforma poprosiła o odesłanie produktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you shipped the item back</source>
        <translation>odesłano produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the money came back (records the refund as a payment)</source>
        <translation>pieniądze wróciły (zwrot zapisuje się jako płatność)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform decided against you</source>
        <translation>platforma rozstrzygnęła na Twoją niekorzyść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled the dispute</source>
        <translation>anulowano spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute is over</source>
        <translation>spór się zakończył</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order status says receipt was confirmed, but not when: the earliest date it can have been is used</source>
        <translation>status zamówienia wskazuje, że odbiór potwierdzono, ale nie kiedy: używana jest najwcześniejsza możliwa data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of the tracking&apos;s last update, which says delivered</source>
        <translation>data ostatniej aktualizacji śledzenia, która wskazuje doręczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the usual protection length; the order page shows the real end date</source>
        <translation>typowy okres ochrony; faktyczną datę końca pokazuje strona zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the earliest</source>
        <translation>najwcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>około</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>odbiór potwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>doręczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection length</source>
        <translation>okres ochrony</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+93"/>
        <source>No orders yet</source>
        <translation>Brak zamówień</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliAssist keeps the Buyer Protection clock of every order and warns you before a deadline passes.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import your orders&lt;/b&gt; from the file an exporter made (AliExpress Order Exporter, AliExpress Bulk Order Exporter, or any CSV/TSV), drop the file on this window or paste rows with Ctrl+V; or &lt;b&gt;add an order&lt;/b&gt; from its order page.</source>
        <translation>AliAssist pilnuje terminu Ochrony Kupującego każdego zamówienia i ostrzega przed upływem terminu.&lt;br&gt;&lt;br&gt;&lt;b&gt;Zaimportuj zamówienia&lt;/b&gt; z pliku utworzonego przez eksporter (AliExpress Order Exporter, AliExpress Bulk Order Exporter lub dowolny CSV/TSV), upuść plik na to okno lub wklej wiersze przez Ctrl+V; albo &lt;b&gt;dodaj zamówienie&lt;/b&gt; z jego strony.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an order…</source>
        <translation>Dodaj zamówienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders…</source>
        <translation>Importuj zamówienia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data file…</source>
        <translation>Importuj plik danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it with sample orders</source>
        <translation>Wypróbuj na przykładowych zamówieniach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate sample database with made-up orders in every state; your own data is not touched</source>
        <translation>Otwiera osobną przykładową bazę z fikcyjnymi zamówieniami w każdym stanie; Twoje dane pozostają nienaruszone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Przeczytaj przewodnik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New to it? Look around first:</source>
        <translation>Pierwszy raz? Najpierw się rozejrzyj:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../aliassist/services/evidence.py" line="+109"/>
        <source>order {number} has no dispute {dispute} (it has {count}, numbered from 1)</source>
        <extracomment>Thumbnail sizes the GUI asks for (longest side, pixels): strip and viewer. sha256 -&gt; facts of the stored content index into order.evidence -&gt; findings about that file sha256 of the files the order lists that are not in the vault (lost, or a restored backup&apos;s file deleted before backups kept them): shown as missing, never silently</extracomment>
        <translation>zamówienie {number} nie ma sporu {dispute} (ma {count}, numerowane od 1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>say which reason (--reason), or which dispute (--dispute)</source>
        <translation>wskaż powód (--reason) lub spór (--dispute)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no files given</source>
        <extracomment>the same content was already attached (to the same dispute and item): nothing was added the picture names the GPS position where it was taken (a packet leaves it out, unless asked to keep it; the vault keeps the original as it is) the index of the same content attached for another checklist item (one file may serve several items: this new entry counts it for the item named)</extracomment>
        <translation>nie podano plików</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {kind}; kinds: {kinds}</source>
        <translation>nieznany rodzaj {kind}; rodzaje: {kinds}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{item}” ({id}) takes {kinds}, not {kind}</source>
        <translation>„{item}” ({id}) przyjmuje {kinds}, nie {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{item}” takes {kinds}; the content is {content}</source>
        <translation>„{item}” przyjmuje {kinds}; zawartość to {content}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose the kind that says what the file is (--kind)</source>
        <translation>wybierz rodzaj opisujący plik (--kind)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>order {number} has no evidence {index}</source>
        <extracomment>the stored copy was deleted (nothing else referred to it) the stored copy was kept because a backup lists it (restoring that backup needs it)</extracomment>
        <translation>zamówienie {number} nie ma dowodu {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>nieznany rodzaj {kind}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no evidence of order {number} is called {name}</source>
        <translation>żaden dowód zamówienia {number} nie nazywa się {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist evidence NUMBER` lists them</source>
        <translation>`aliassist evidence NUMBER` wyświetla ich listę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files match; give the index instead ({indices})</source>
        <translation>pasujące pliki: {count}; podaj indeks ({indices})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>order {number} has no evidence {index} (it has {count}, counted from 0)</source>
        <translation>zamówienie {number} nie ma dowodu {index} (ma {count}, liczone od 0)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_dialog.py" line="+30"/>
        <source>Evidence for order {number}</source>
        <translation>Dowody dla zamówienia {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute {index}: {reason}</source>
        <translation>Spór {index}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: {label}</source>
        <translation>Powód: {label}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist &amp;for:</source>
        <translation>Lista &amp;dla:</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_viewer.py" line="+83"/>
        <source>Evidence</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is:</source>
        <translation>Co to jest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for:</source>
        <translation>Dotyczy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute:</source>
        <translation>Spór:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Rozmiar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>Obraz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken:</source>
        <translation>Wykonano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Dodano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◀ Previous</source>
        <translation>◀ Poprzedni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Następny ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with another app…</source>
        <translation>Otwórz w innej aplikacji…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the stored, read-only copy with your system&apos;s app for this type (to play a video, read a PDF).</source>
        <translation>Otwiera zapisaną kopię tylko do odczytu w systemowej aplikacji dla tego typu (aby odtworzyć wideo, przeczytać PDF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence: {name}</source>
        <translation>Dowód: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{position} of {count}</source>
        <translation>{position} z {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (camera)</source>
        <translation>{time} (aparat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (file date)</source>
        <translation>{time} (data pliku)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item chosen: counts where its kind fits</source>
        <translation>Nie wybrano produktu: liczy się tam, gdzie pasuje jego rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole order</source>
        <translation>Całe zamówienie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule {rule}</source>
        <translation>Zasada {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ No warnings about this file.</source>
        <translation>✔ Brak ostrzeżeń dotyczących tego pliku.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+29"/>
        <source>Search order number, store, item or tracking number (Ctrl+F)</source>
        <translation>Szukaj numeru zamówienia, sklepu, produktu lub numeru przesyłki (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search orders</source>
        <translation>Szukaj zamówień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show orders in state</source>
        <translation>Pokaż zamówienia w stanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders of account</source>
        <translation>Pokaż zamówienia konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mine</source>
        <translation>&amp;Moje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the orders assigned to me</source>
        <translation>Pokaż tylko zamówienia przypisane do mnie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the orders assigned to you. Who you are is not known on this database: set your name in Settings ▸ You.</source>
        <extracomment>the current user (&quot;Mine&quot; shows their orders); None: not known, &quot;Mine&quot; is off</extracomment>
        <translation>Tylko zamówienia przypisane do Ciebie. Ta baza danych nie wie, kim jesteś: ustaw swoje imię w Ustawienia ▸ Ty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the orders assigned to you ({me})</source>
        <translation>Tylko zamówienia przypisane do Ciebie ({me})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>Bez konta</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/findings_view.py" line="+27"/>
        <source>Blocks</source>
        <extracomment>severity -&gt; its badge (the words; the colours are theme&apos;s &quot;severity.*&quot; tints and marks)</extracomment>
        <translation>Blokuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Instead:&lt;/b&gt; {fix}</source>
        <extracomment>severity -&gt; the mark drawn beside its card and under its words the card&apos;s background and text colour (theme&apos;s tint for the severity)</extracomment>
        <translation>&lt;b&gt;Zamiast tego:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location line="+27"/>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="+116"/>
        <source>{app} guide</source>
        <translation>Przewodnik {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Przewodnik</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../aliassist/services/history.py" line="+108"/>
        <location line="+16"/>
        <source>expected a JSON object</source>
        <translation>oczekiwano obiektu JSON</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unknown field (known fields: dispute_events, notifications, settings, mail_events)</source>
        <translation>nieznane pole (znane pola: dispute_events, notifications, settings, mail_events)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected a list</source>
        <translation>oczekiwano listy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no order {number} in the file or the database</source>
        <translation>brak zamówienia {number} w pliku i w bazie danych</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the order has no dispute {position} (disputes count from 0)</source>
        <translation>zamówienie nie ma sporu {position} (spory liczone od 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amount needs the order&apos;s currency</source>
        <translation>kwota wymaga waluty zamówienia</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected true or false</source>
        <translation>oczekiwano true lub false</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+13"/>
        <source>Line</source>
        <extracomment>the fields shown in the columns between Line and the problem, for a skipped row&apos;s raw cells</extracomment>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Przesyłka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import orders</source>
        <translation>Importuj zamówienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buyer account:</source>
        <translation>Konto kupującego:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (optional)</source>
        <translation>brak (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts written without a currency are in:</source>
        <translation>Kwoty zapisane bez waluty są w:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written:</source>
        <translation>Format dat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file shows</source>
        <translation>jak w pliku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change columns…</source>
        <translation>Zmień kolumny…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buyer account</source>
        <translation>Konto kupującego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts written without a currency are in</source>
        <translation>Kwoty zapisane bez waluty są w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to import</source>
        <translation>Zamówienia do importu</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Showing the first %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Pokazano pierwszy %n wiersz: można zaimportować {good}</numerusform>
            <numerusform>Pokazano pierwsze %n wiersze: można zaimportować {good}</numerusform>
            <numerusform>Pokazano pierwszych %n wierszy: można zaimportować {good}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing all %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Pokazano %n wiersz: można zaimportować {good}</numerusform>
            <numerusform>Pokazano wszystkie %n wiersze: można zaimportować {good}</numerusform>
            <numerusform>Pokazano wszystkie %n wierszy: można zaimportować {good}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} will be skipped&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;zostanie pominiętych: {bad}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown}{skipped}. Nothing is written until you choose Import.</source>
        <translation>{shown}{skipped}. Nic nie zostanie zapisane, dopóki nie wybierzesz Importuj.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>how the file writes dates (its dates read as month/day and as day/month, and none of them tells which)</source>
        <translation>jak plik zapisuje daty (jego daty można czytać jako miesiąc/dzień i jako dzień/miesiąc, a żadna nie wskazuje, który wariant jest właściwy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the currency of its amounts (they are written without one)</source>
        <translation>walutę jego kwot (są zapisane bez niej)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {first} and {second} above, then Import.</source>
        <translation>Wybierz powyżej {first} oraz {second}, a potem Importuj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {first} above, then Import.</source>
        <translation>Wybierz powyżej {first}, a potem Importuj.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rest of the file is read when you import; rows with problems are listed in the report afterwards.</source>
        <translation>Reszta pliku zostanie odczytana podczas importu; wiersze z problemami zostaną potem wymienione w raporcie.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="+12"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished — some rows were skipped</source>
        <translation>Import zakończony — pominięto niektóre wiersze</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new order(s), {updated} updated, {unchanged} unchanged</source>
        <translation>
            <numerusform>%n nowe zamówienie, zaktualizowano: {updated}, bez zmian: {unchanged}</numerusform>
            <numerusform>%n nowe zamówienia, zaktualizowano: {updated}, bez zmian: {unchanged}</numerusform>
            <numerusform>%n nowych zamówień, zaktualizowano: {updated}, bez zmian: {unchanged}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Powód pominięcia</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n row(s) skipped&lt;/b&gt; (lines of the file, the header is line 1). Everything else was imported; fix these rows and import the file again: what is already in changes nothing.</source>
        <translation>
            <numerusform>&lt;b&gt;Pominięto %n wiersz&lt;/b&gt; (wiersze pliku, nagłówek to wiersz 1). Wszystko inne zaimportowano; popraw te wiersze i zaimportuj plik ponownie: to, co już jest, niczego nie zmieni.</numerusform>
            <numerusform>&lt;b&gt;Pominięto %n wiersze&lt;/b&gt; (wiersze pliku, nagłówek to wiersz 1). Wszystko inne zaimportowano; popraw te wiersze i zaimportuj plik ponownie: to, co już jest, niczego nie zmieni.</numerusform>
            <numerusform>&lt;b&gt;Pominięto %n wierszy&lt;/b&gt; (wiersze pliku, nagłówek to wiersz 1). Wszystko inne zaimportowano; popraw te wiersze i zaimportuj plik ponownie: to, co już jest, niczego nie zmieni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy report</source>
        <translation>Kopiuj raport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped rows</source>
        <translation>Pominięte wiersze</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../aliassist/importers/datafile.py" line="+108"/>
        <source>cannot read the file: {strerror}</source>
        <extracomment>estimate source keys, and the date each one qualifies The default policy&apos;s zone (AliExpress: Asia/Shanghai); callers pass their policy&apos;s. the order&apos;s version when it was exported (team databases: an order saved since then by someone else is not overwritten)</extracomment>
        <translation>nie można odczytać pliku: {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/importers/sources.py" line="+135"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text</source>
        <translation>plik nie jest tekstem UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {msg}</source>
        <translation>nieprawidłowy JSON: {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a data file: its JSON is nested too deeply</source>
        <translation>to nie plik danych: jego JSON jest zbyt głęboko zagnieżdżony</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;orders&quot;</source>
        <translation>oczekiwano obiektu JSON z &quot;format&quot;, &quot;version&quot; i &quot;orders&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an AliAssist data file (&quot;format&quot; must be &quot;{FORMAT}&quot;)</source>
        <translation>to nie plik danych AliAssist (&quot;format&quot; musi mieć wartość &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer AliAssist (data file version {version}; this one reads version {VERSION})</source>
        <translation>zapisany przez nowszą wersję AliAssist (wersja pliku danych {version}; ta wersja odczytuje wersję {VERSION})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;orders&quot; must be a list</source>
        <translation>&quot;orders&quot; musi być listą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>order {number} appears twice (also {value})</source>
        <translation>zamówienie {number} występuje dwa razy (także {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON object</source>
        <translation>oczekiwano obiektu JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field (known fields: {value})</source>
        <translation>nieznane pole (znane pola: {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+224"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>expected text, got {value}</source>
        <translation>oczekiwano tekstu, otrzymano {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not one of: {value2}</source>
        <translation>{value} nie należy do: {value2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number, got {value}</source>
        <translation>oczekiwano liczby całkowitej, otrzymano {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {minimum}</source>
        <translation>musi wynosić co najmniej {minimum}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an amount such as &quot;20.00&quot;, got {value}</source>
        <translation>oczekiwano kwoty, np. &quot;20.00&quot;, otrzymano {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an amount needs the order&apos;s &quot;currency&quot;</source>
        <translation>kwota wymaga pola &quot;currency&quot; zamówienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list</source>
        <translation>oczekiwano listy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an estimate source without the date {date_key}</source>
        <translation>źródło szacunku bez daty {date_key}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>oczekiwano 64 cyfr szesnastkowych (małe litery)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>evidence path {shown} must be relative to the data file&apos;s folder (such as &quot;evidence/photo.jpg&quot;)</source>
        <translation>ścieżka dowodu {shown} musi być względna wobec folderu pliku danych (np. &quot;evidence/photo.jpg&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} leaves the data file&apos;s folder (&quot;..&quot;); evidence files must be in that folder or below it</source>
        <translation>ścieżka dowodu {shown} wychodzi poza folder pliku danych (&quot;..&quot;); pliki dowodów muszą być w tym folderze lub niżej</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evidence file {shown} not found (looked in {folder})</source>
        <translation>nie znaleziono pliku dowodu {shown} (szukano w {folder})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evidence file {shown} cannot be read: {strerror}</source>
        <translation>nie można odczytać pliku dowodu {shown}: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} goes through a symbolic link ({part}); only files really inside the data file&apos;s folder are imported</source>
        <translation>ścieżka dowodu {shown} prowadzi przez dowiązanie symboliczne ({part}); importowane są tylko pliki faktycznie znajdujące się w folderze pliku danych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence file {shown} not found ({part} is not a folder)</source>
        <translation>nie znaleziono pliku dowodu {shown} ({part} nie jest folderem)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {shown} {problem}</source>
        <translation>plik dowodu {shown}: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains {bad}, half of a character, which is not text that can be stored</source>
        <translation>zawiera {bad}, połowę znaku, czego nie można zapisać jako tekstu</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>is a symbolic link; AliAssist writes the evidence only into a real folder</source>
        <translation>to dowiązanie symboliczne; AliAssist zapisuje dowody tylko w prawdziwym folderze</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>evidence file {name} has changed in the vault since it was stored (its content no longer matches its SHA-256); the export was stopped</source>
        <translation>plik dowodu {name} zmienił się w magazynie od zapisania (jego zawartość nie zgadza się już z SHA-256); eksport przerwano</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy evidence file {name}: {strerror}</source>
        <translation>nie można skopiować pliku dowodu {name}: {strerror}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/layouts.py" line="+144"/>
        <source>the remembered column mapping is unreadable</source>
        <extracomment>a column given by its position, `#1` to `#99999` (ASCII digits; `#²` is a column name) Fields that hold a date; the rest are text, amounts or quantities. header text -&gt; field (None: a column the app does not use) how numeric dates are written in this layout (None: the exporter writes none; numeric ones come from a spreadsheet, in its locale&apos;s order) how the exporter itself writes numeric dates (a spreadsheet may rewrite them) more header texts for the same columns (normalized) What a column of that name most likely holds, for the mapping step&apos;s first guess. None: not said; the file&apos;s own dates decide, or the person is asked how the layout&apos;s exporter writes dates: used for dates in its form until the file says</extracomment>
        <translation>zapamiętanego mapowania kolumn nie da się odczytać</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the header looks like the {name}&apos;s but has no {value} column</source>
        <translation>nagłówek wygląda jak nagłówek {name}, ale nie ma kolumny {value}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/rows.py" line="+164"/>
        <source>{column}: has bytes that are not text in the file&apos;s encoding</source>
        <extracomment>The longest text each field may hold (the store&apos;s column sizes). Why a row whose order number a spreadsheet damaged is skipped. Fields read as values (dates, amounts, numbers), not as text. when receipt was confirmed, at the earliest: set for &quot;Completed&quot; orders identifies the row&apos;s content, for finding repeated rows the number is longer than 15 digits and ends in zeros past the 15th the row&apos;s order dates given without a time, space-separated (records.ORDER_DATES) where the inferred receipt and delivery dates came from (domain.estimates.SOURCES) seconds since 1970 now: dates more than a day after it are refused (None: no check) (field, column, longest text) for each mapped field; 0: not a text field some long number in the file keeps digits past the 15th: nothing cut them some number in the file was certainly mangled (scientific notation, many zeros) distinct numbers whose digits past the 15th are all zero</extracomment>
        <translation>{column}: zawiera bajty, które nie są tekstem w kodowaniu pliku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}: dłuższe niż {limit} znaków</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: {damage}</source>
        <translation>{column}: {damage}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{column}: {value} ends in zeros past its 15th digit (a spreadsheet zeroed them): {DAMAGED}</source>
        <translation>{column}: {value} kończy się zerami po 15. cyfrze (wyzerował je arkusz kalkulacyjny): {DAMAGED}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{column}: the order number is missing</source>
        <translation>{column}: brak numeru zamówienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column}: the order date is missing</source>
        <translation>{column}: brak daty zamówienia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: the order date {placed} is in the future</source>
        <translation>{column}: data zamówienia {placed} jest w przyszłości</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{column}: in {found}, but the row&apos;s other amounts are in {currency}</source>
        <translation>{column}: w {found}, ale pozostałe kwoty wiersza są w {currency}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/sources.py" line="-57"/>
        <location line="+43"/>
        <source>the file is empty: it has no header and no rows</source>
        <extracomment>One cell may hold this many characters (csv&apos;s default of 128 KB is too small for titles pasted with their descriptions, and a bad file should get a message, not a crash). the open stream, kept referenced while rows are read</extracomment>
        <translation>plik jest pusty: nie ma nagłówka ani wierszy</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>this is an old Excel .xls workbook</source>
        <translation>to stary skoroszyt Excel .xls</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is nothing to import: the pasted text is empty</source>
        <translation>nie ma czego importować: wklejony tekst jest pusty</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read past line {line}: {exc}</source>
        <translation>nie można czytać dalej niż wiersz {line}: {exc}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is empty: the sheet has no header and no rows</source>
        <translation>plik jest pusty: arkusz nie ma nagłówka ani wierszy</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/values.py" line="+108"/>
        <source>{value} is not a date</source>
        <extracomment>how the layout&apos;s own exporter writes dates (3/5/2026: unpadded, 4-digit year); used for dates in that form until the file decides otherwise the file&apos;s own dates decided `order` (a day over 12)</extracomment>
        <translation>{value} nie jest datą</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>data jest pusta</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>{text} is not a date</source>
        <translation>{text} nie jest datą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date (unknown month name)</source>
        <translation>{text} nie jest datą (nieznana nazwa miesiąca)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>{text} is not a date (no such day)</source>
        <translation>{text} nie jest datą (nie ma takiego dnia)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{text} is not a date (write the year with 4 digits)</source>
        <translation>{text} nie jest datą (zapisz rok czterema cyframi)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>{text} is not a time of day</source>
        <translation>{text} nie jest godziną</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{whole} is not a date (write the year with 4 digits)</source>
        <translation>{whole} nie jest datą (zapisz rok czterema cyframi)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the currency is empty</source>
        <extracomment>Currency marks as order pages show them, longest first where one contains another. Marks that several currencies share: the file must say which.</extracomment>
        <translation>waluta jest pusta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} can mean {value}; choose the currency</source>
        <translation>{text} może oznaczać {value}; wybierz walutę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} is not a currency this app knows</source>
        <translation>{text} to waluta nieznana tej aplikacji</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>{value} is not an amount</source>
        <translation>{value} nie jest kwotą</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the amount is not a number</source>
        <translation>kwota nie jest liczbą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not an amount such as 12.34 or US $12.34</source>
        <translation>{text} nie jest kwotą, np. 12.34 lub US $12.34</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is negative</source>
        <translation>{value} jest ujemne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is too large an amount</source>
        <translation>{value} to zbyt duża kwota</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} has more than {places} decimals for {currency}</source>
        <translation>{value} ma więcej niż {places} miejsc po przecinku dla {currency}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a quantity (a whole number)</source>
        <translation>{text} nie jest ilością (liczbą całkowitą)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is not a quantity (1 or more)</source>
        <translation>{number} nie jest ilością (1 lub więcej)</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/imports.py" line="+171"/>
        <source>{new}, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Settings key: remembered column mappings, by header signature. Rows staged per batch (and how often progress is reported). pasted rows without a header: `header` only names the columns by position</extracomment>
        <translation>{new}, zaktualizowane: {updated}, bez zmian: {unchanged}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n nowe zamówienie</numerusform>
            <numerusform>%n nowe zamówienia</numerusform>
            <numerusform>%n nowych zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be skipped</source>
        <translation>
            <numerusform>%n wiersz zostałby pominięty</numerusform>
            <numerusform>%n wiersze zostałyby pominięte</numerusform>
            <numerusform>%n wierszy zostałoby pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were skipped</source>
        <translation>
            <numerusform>%n wiersz został pominięty</numerusform>
            <numerusform>%n wiersze zostały pominięte</numerusform>
            <numerusform>%n wierszy zostało pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{summary}; {skipped}</source>
        <translation>{summary}; {skipped}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown field {field}; fields: {fields}</source>
        <translation>nieznane pole {field}; pola: {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column {column} in the file (columns: {columns}; or #1 to #{last} by position)</source>
        <translation>brak kolumny {column} w pliku (kolumny: {columns}; lub od #1 do #{last} według pozycji)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>map at least {fields}</source>
        <translation>zmapuj co najmniej {fields}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>the file has a header but no rows</source>
        <extracomment>the line&apos;s cells as read from the file (shown for a row that will be skipped) the preview stopped before the end of the file how the rows&apos; numeric dates were read (None: the file has none that needed an order) the file&apos;s dates read both ways and nothing decides: the person must choose amounts without a currency and none chosen: the person must choose</extracomment>
        <translation>plik ma nagłówek, ale nie ma wierszy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the orders again</source>
        <translation>wyeksportuj zamówienia ponownie</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <location filename="../../aliassist/gui/fields.py" line="+68"/>
        <source>time</source>
        <translation>godzina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a time, the date means 00:00 of that day in the platform&apos;s time zone, the earliest moment it can mean.</source>
        <translation>Bez godziny data oznacza 00:00 tego dnia w strefie czasowej platformy — najwcześniejszy moment, jaki może oznaczać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of day</source>
        <translation>pora dnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a date</source>
        <translation>ma datę</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="-444"/>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Done</source>
        <translation>✔ Gotowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Missing</source>
        <translation>✗ Brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not yet</source>
        <translation>– Jeszcze nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not needed</source>
        <translation>– Niepotrzebne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files for {label}</source>
        <translation>Dodaj pliki dla „{label}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for {label}</source>
        <translation>Pliki dla „{label}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed for this order</source>
        <translation>Niepotrzebne dla tego zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <translation>Zalecane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {why} Takes: {kinds}.</source>
        <translation>Dlaczego: {why} Przyjmuje: {kinds}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Other files of this order</source>
        <translation>Inne pliki tego zamówienia</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add other files of this order</source>
        <translation>Dodaj inne pliki tego zamówienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached, but not counted for this reason&apos;s checklist. Right-click a file to count it for an item.</source>
        <translation>Dołączone, ale nieliczone na liście dla tego powodu. Kliknij plik prawym przyciskiem, aby przypisać go do pozycji.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop files here from your file manager, or use “Add files…”</source>
        <translation>Upuść tu pliki z menedżera plików lub użyj „Dodaj pliki…”</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aliassist/services/language.py" line="+19"/>
        <source>AliAssist does not speak {code}</source>
        <translation>AliAssist nie obsługuje języka {code}</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/language_settings.py" line="+19"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies after a restart of AliAssist: close it (also from the tray) and start it again.</source>
        <translation>Zostanie zastosowany po ponownym uruchomieniu AliAssist: zamknij program (także z zasobnika) i uruchom go ponownie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language from the next start</source>
        <translation>Język od następnego uruchomienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist speaks the language you chose from its next start. Close it (also from the tray) and start it again.</source>
        <translation>AliAssist będzie używać wybranego języka od następnego uruchomienia. Zamknij program (także z zasobnika) i uruchom go ponownie.</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="+263"/>
        <source>Reading mail…</source>
        <translation>Odczytywanie poczty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the mail</source>
        <translation>Nie można odczytać poczty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading mail cancelled: nothing was written.</source>
        <translation>Odczytywanie poczty anulowano: niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>E-mail import cancelled: nothing was written.</source>
        <translation>Import e-maili anulowano: niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saving what the mail says…</source>
        <translation>Zapisywanie danych z poczty…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written</source>
        <translation>Niczego nie zapisano</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/mail_import.py" line="+37"/>
        <source>Placed</source>
        <extracomment>how a field is named to people, in the preview (marked for lupdate; shown through field_label, which translates them)</extracomment>
        <translation>Złożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Doręczone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Odbiór potwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders would be updated, {created} created, {events} new events</source>
        <extracomment>the order is not stored: the import creates it, marked as from mail the new events (messages not read before), earliest first the platform&apos;s messages already read by an earlier import (they change nothing)</extracomment>
        <translation>Przeczytane wiadomości: {messages}, od platformy: {platform}; zamówienia do aktualizacji: {updated}, do utworzenia: {created}, nowe zdarzenia: {events}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders were updated, {created} created, {events} new events</source>
        <translation>Przeczytane wiadomości: {messages}, od platformy: {platform}; zaktualizowane zamówienia: {updated}, utworzone: {created}, nowe zdarzenia: {events}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {count} messages were read before</source>
        <translation>; wiadomości przeczytane wcześniej: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {count} skipped</source>
        <translation>; pominięte: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name at least one mail file or folder</source>
        <translation>podaj co najmniej jeden plik lub folder poczty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mail found: no .eml file, mbox or Maildir folder</source>
        <translation>nie znaleziono poczty: brak pliku .eml, mbox lub folderu Maildir</translation>
    </message>
</context>
<context>
    <name>MailPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-130"/>
        <source>Import e-mails — preview</source>
        <translation>Import e-maili — podgląd</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n message(s) read&lt;/b&gt;, {platform} from the platform.</source>
        <translation>
            <numerusform>&lt;b&gt;Odczytano %n wiadomość&lt;/b&gt;, od platformy: {platform}.</numerusform>
            <numerusform>&lt;b&gt;Odczytano %n wiadomości&lt;/b&gt;, od platformy: {platform}.</numerusform>
            <numerusform>&lt;b&gt;Odczytano %n wiadomości&lt;/b&gt;, od platformy: {platform}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) to update, {added} to add from mail, {events} new events</source>
        <translation>
            <numerusform>%n zamówienie do aktualizacji, {added} do dodania z poczty, nowe zdarzenia: {events}</numerusform>
            <numerusform>%n zamówienia do aktualizacji, {added} do dodania z poczty, nowe zdarzenia: {events}</numerusform>
            <numerusform>%n zamówień do aktualizacji, {added} do dodania z poczty, nowe zdarzenia: {events}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;Imported before, so they change nothing: %n message(s).</source>
        <translation>
            <numerusform>&lt;br&gt;Zaimportowane wcześniej, więc niczego nie zmienią: %n wiadomość.</numerusform>
            <numerusform>&lt;br&gt;Zaimportowane wcześniej, więc niczego nie zmienią: %n wiadomości.</numerusform>
            <numerusform>&lt;br&gt;Zaimportowane wcześniej, więc niczego nie zmienią: %n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only dates the app left empty are filled; a date you entered is kept.</source>
        <translation>Uzupełniane są tylko daty, które aplikacja zostawiła puste; wpisana przez Ciebie data zostaje zachowana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the mail</source>
        <translation>Z poczty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes ({changes})</source>
        <translation>Zmiany ({changes})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message or file</source>
        <translation>Wiadomość lub plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Powód pominięcia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped ({count})</source>
        <translation>Pominięte ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply changes</source>
        <translation>Zastosuj zmiany</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (new, from mail)</source>
        <translation>  (nowe, z poczty)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event noted</source>
        <translation>Zdarzenie odnotowane</translation>
    </message>
</context>
<context>
    <name>MailSourcesDialog</name>
    <message>
        <location line="-147"/>
        <source>Import e-mails</source>
        <translation>Import e-maili</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder…</source>
        <translation>Dodaj folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the mail</source>
        <translation>Odczytaj pocztę</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mail files</source>
        <translation>Pliki poczty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of mail</source>
        <translation>Folder poczty</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+24"/>
        <source>Undo</source>
        <extracomment>emitted after every reload: the orders (may) have changed (the notifier re-plans) undo and redo of edits, deletions, dispute steps and evidence changes</extracomment>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order details</source>
        <translation>Szczegóły zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sample orders</source>
        <extracomment>the buyer&apos;s own data while the window shows the sample database says the window shows sample orders, with the way back</extracomment>
        <translation>Przykładowe zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sample orders&lt;/b&gt; — made up, in a separate database; your own orders are not here and nothing you do here touches them.</source>
        <translation>&lt;b&gt;Przykładowe zamówienia&lt;/b&gt; — fikcyjne, w osobnej bazie danych; Twoich zamówień tu nie ma i nic, co tu zrobisz, ich nie dotyczy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+717"/>
        <source>&amp;Back to my orders</source>
        <translation>&amp;Wróć do moich zamówień</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>&amp;New order…</source>
        <extracomment>shown when the search and filters leave no order: says how to get them back other people&apos;s changes on a team database, refreshed as they are committed</extracomment>
        <translation>&amp;Nowe zamówienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order from its order page</source>
        <translation>Dodaj zamówienie z jego strony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Edytuj zamówienie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected order (Enter in the orders table)</source>
        <translation>Edytuj wybrane zamówienie (Enter w tabeli zamówień)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete order</source>
        <translation>Usu&amp;ń zamówienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected orders (can be undone)</source>
        <translation>Usuń wybrane zamówienia (można cofnąć)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence…</source>
        <translation>&amp;Dowody…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence checklist of the selected order</source>
        <translation>Lista dowodów wybranego zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ssign…</source>
        <translation>P&amp;rzypisz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected orders to a person (their deadline notices go to that person only)</source>
        <translation>Przypisz wybrane zamówienia osobie (powiadomienia o terminach trafią tylko do niej)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;orders…</source>
        <translation>Importuj &amp;zamówienia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an exporter&apos;s CSV, TSV or XLSX file (preview first)</source>
        <translation>Importuj plik CSV, TSV lub XLSX z eksportera (najpierw podgląd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste orders</source>
        <translation>&amp;Wklej zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import rows copied from an exporter file or a spreadsheet (preview first)</source>
        <translation>Importuj wiersze skopiowane z pliku eksportera lub arkusza kalkulacyjnego (najpierw podgląd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;e-mails…</source>
        <translation>Importuj &amp;e-maile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read shipped, delivered and confirmed dates from the platform&apos;s e-mails in your mail files (preview first)</source>
        <translation>Odczytaj daty wysyłki, doręczenia i potwierdzenia z e-maili platformy w plikach poczty (najpierw podgląd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;data file…</source>
        <translation>Importuj plik &amp;danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an AliAssist JSON data file</source>
        <translation>Importuj plik danych AliAssist w formacie JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export data file…</source>
        <translation>&amp;Eksportuj plik danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every order and its evidence</source>
        <translation>Zapisz wszystkie zamówienia i ich dowody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, store, item or tracking</source>
        <translation>Szukaj zamówień według numeru, sklepu, produktu lub przesyłki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show all orders</source>
        <translation>&amp;Pokaż wszystkie zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;pane</source>
        <translation>&amp;Panel zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the order pane</source>
        <translation>Pokaż lub ukryj panel zamówienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About AliAssist</source>
        <translation>&amp;O programie AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clocks mean, how to import, how the pre-check works</source>
        <translation>Co oznaczają terminy, jak importować, jak działa wstępna kontrola</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+581"/>
        <source>&amp;Try it with sample orders</source>
        <translation>&amp;Wypróbuj na przykładowych zamówieniach</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>A separate database of made-up orders</source>
        <translation>Osobna baza danych z fikcyjnymi zamówieniami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ort by</source>
        <translation>&amp;Sortuj według</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Descending</source>
        <translation>&amp;Malejąco</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n order(s) · {attention} need attention</source>
        <translation>
            <numerusform>%n zamówienie · wymaga uwagi: {attention}</numerusform>
            <numerusform>%n zamówienia · wymaga uwagi: {attention}</numerusform>
            <numerusform>%n zamówień · wymaga uwagi: {attention}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+512"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-511"/>
        <source>{shown} of %n order(s)</source>
        <translation>
            <numerusform>{shown} z %n zamówienia</numerusform>
            <numerusform>{shown} z %n zamówień</numerusform>
            <numerusform>{shown} z %n zamówień</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “{words}”</source>
        <translation>Żadne zamówienie nie pasuje do „{words}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order matches these filters</source>
        <translation>Żadne zamówienie nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}. Press Esc in the search box to clear it, or View ▸ Show all orders (Ctrl+Shift+A) to see every order.</source>
        <translation>{what}. Naciśnij Esc w polu wyszukiwania, aby je wyczyścić, lub Widok ▸ Pokaż wszystkie zamówienia (Ctrl+Shift+A), aby zobaczyć wszystkie zamówienia.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unexpected error: {error}</source>
        <translation>Nieoczekiwany błąd: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pre-check blocks this dispute</source>
        <translation>Wstępna kontrola blokuje ten spór</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date of order {number}</source>
        <translation>Wpisz datę zamówienia {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the date</source>
        <translation>Nie można zapisać daty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the date of order {number}</source>
        <translation>Zapisano datę zamówienia {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add order {number}</source>
        <translation>Dodaj zamówienie {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit order {number}</source>
        <translation>Edytuj zamówienie {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the order</source>
        <translation>Nie można zapisać zamówienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved order {number}</source>
        <translation>Zapisano zamówienie {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept {who}’s save of order {number}; your changes were dropped</source>
        <translation>Zachowano zapis zamówienia {number} wykonany przez {who}; Twoje zmiany odrzucono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the other save of order {number}; your changes were dropped</source>
        <translation>Zachowano drugi zapis zamówienia {number}; Twoje zmiany odrzucono</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete order {number}</source>
        <translation>Usuń zamówienie {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted order {number}. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunięto zamówienie {number}. Edycja ▸ Cofnij (Ctrl+Z) go przywróci.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Usuń %n zamówienie</numerusform>
            <numerusform>Usuń %n zamówienia</numerusform>
            <numerusform>Usuń %n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n order(s). Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Usunięto %n zamówienie. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
            <numerusform>Usunięto %n zamówienia. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
            <numerusform>Usunięto %n zamówień. Edycja ▸ Cofnij (Ctrl+Z) je przywróci.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drop one file at a time; importing the first.</source>
        <translation>Upuszczaj po jednym pliku; importowany jest pierwszy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;dispute…</source>
        <translation>Nowy &amp;spór…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a dispute on the selected order, pre-checked against the platform&apos;s rules</source>
        <translation>Zaplanuj spór dla wybranego zamówienia, wstępnie sprawdzony według zasad platformy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute &amp;steps…</source>
        <translation>&amp;Etapy sporu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened to the selected order&apos;s disputes, and refunds or claims</source>
        <translation>Zapisz, co się stało ze sporami wybranego zamówienia, oraz zwroty i roszczenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message to seller…</source>
        <translation>&amp;Wiadomość do sprzedawcy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message to the seller or a review, checked as you type</source>
        <translation>Napisz wiadomość do sprzedawcy lub opinię, sprawdzaną podczas pisania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export dispute &amp;packet…</source>
        <translation>Eksportuj &amp;pakiet sporu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP with the summary, the message, the evidence and a verifiable manifest</source>
        <translation>Jeden ZIP z podsumowaniem, wiadomością, dowodami i weryfikowalnym manifestem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispute</source>
        <translation>&amp;Spór</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute recorded on order {number}: watch its clocks.</source>
        <translation>Zapisano spór dotyczący zamówienia {number}: pilnuj jego terminów.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the packet</source>
        <translation>Nie można wyeksportować pakietu</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote the dispute packet {path} (%n file(s) and a manifest)</source>
        <translation>
            <numerusform>Zapisano pakiet sporu {path} (%n plik i manifest)</numerusform>
            <numerusform>Zapisano pakiet sporu {path} (%n pliki i manifest)</numerusform>
            <numerusform>Zapisano pakiet sporu {path} (%n plików i manifest)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the sample orders</source>
        <translation>Nie można otworzyć przykładowych zamówień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing sample orders: Help ▸ Back to my orders returns to yours.</source>
        <translation>Wyświetlane są przykładowe zamówienia: Pomoc ▸ Wróć do moich zamówień przywraca Twoje.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to your orders.</source>
        <translation>Z powrotem Twoje zamówienia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{app} — sample orders</source>
        <translation>{app} — przykładowe zamówienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to your orders first (Help ▸ Back to my orders)</source>
        <translation>Najpierw wróć do swoich zamówień (Pomoc ▸ Wróć do moich zamówień)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot assign</source>
        <translation>Nie można przypisać</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>order {number}</source>
        <translation>zamówienie {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign {what}</source>
        <translation>Przypisz: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned {what} to {who}</source>
        <translation>Przypisano ({what}): {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned {what} to nobody</source>
        <translation>Usunięto przypisanie ({what})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About {app}</source>
        <translation>O programie {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Buyer Protection deadlines, dispute pre-checks and evidence for {platform} orders.&lt;br&gt;&lt;br&gt;Policy {policy} {policy_version} ({policy_file})&lt;br&gt;Database: {database}&lt;br&gt;&lt;br&gt;Works offline: your orders, photos and disputes never leave this computer.</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Terminy Ochrony Kupującego, wstępna kontrola sporów i dowody dla zamówień {platform}.&lt;br&gt;&lt;br&gt;Zasady {policy} {policy_version} ({policy_file})&lt;br&gt;Baza danych: {database}&lt;br&gt;&lt;br&gt;Działa offline: Twoje zamówienia, zdjęcia i spory nigdy nie opuszczają tego komputera.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../aliassist/gui/dispute/message_editor.py" line="+52"/>
        <source>Message to seller — order {number}</source>
        <extracomment>with an order and a context, typed words are kept as the order&apos;s draft</extracomment>
        <translation>Wiadomość do sprzedawcy — zamówienie {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to seller</source>
        <translation>Wiadomość do sprzedawcy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what is wrong and what you ask for, politely and with facts. No links to other sites, no deals outside the platform, no review in exchange for anything. A review is checked the same way.</source>
        <translation>Napisz, co jest nie tak i czego żądasz, uprzejmie i rzeczowo. Bez linków do innych stron, bez umów poza platformą, bez opinii w zamian za cokolwiek. Opinia jest sprawdzana tak samo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Your message to the seller (or your review)</source>
        <translation>&amp;Twoja wiadomość do sprzedawcy (lub opinia)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing found: the message breaks none of the platform&apos;s message rules the app knows.</source>
        <translation>Nic nie znaleziono: wiadomość nie narusza żadnej znanej aplikacji zasady platformy dotyczącej wiadomości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Message checks&lt;/b&gt; — as you type</source>
        <translation>&lt;b&gt;Sprawdzanie wiadomości&lt;/b&gt; — podczas pisania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language the greeting is written in. English is what sellers read best.</source>
        <extracomment>the language the greeting is written in (as the wizard&apos;s &quot;Draft language&quot;), apart from the window&apos;s: English by default, as sellers read it best</extracomment>
        <translation>Język, w którym napisano powitanie. Sprzedawcy najlepiej rozumieją angielski.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Język wersji roboczej:</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n znak</numerusform>
            <numerusform>%n znaki</numerusform>
            <numerusform>%n znaków</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Do not send this.&lt;/b&gt;&lt;/span&gt; Take out what blocks it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nie wysyłaj tego.&lt;/b&gt;&lt;/span&gt; Usuń to, co blokuje wysłanie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Read the warnings&lt;/b&gt;&lt;/span&gt; before you send it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Przeczytaj ostrzeżenia&lt;/b&gt;&lt;/span&gt; przed wysłaniem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Fine to send.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Można wysłać.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the text</source>
        <translation>Skopiuj tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out what blocks it first</source>
        <translation>Najpierw usuń to, co blokuje wysłanie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep your message as a draft?</source>
        <translation>Zachować wiadomość jako szkic?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../aliassist/services/migrate.py" line="+56"/>
        <source>{table}: {source} -&gt; {target}</source>
        <extracomment>table -&gt; (rows in the source, rows in the target after the copy) sha256 -&gt; (size, SHA-256 of the bytes read back from the target&apos;s vault) evidence files copied now (the others the target&apos;s vault already held) the target held data that was deleted first (`replace`)</extracomment>
        <translation>{table}: {source} -&gt; {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table}: {source} -&gt; {target}  MISMATCH</source>
        <translation>{table}: {source} -&gt; {target}  NIEZGODNOŚĆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence {sha} {size} bytes: same SHA-256</source>
        <translation>dowód {sha}, {size} bajtów: ten sam SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence {sha} {size} bytes: MISMATCH (read back {got})</source>
        <translation>dowód {sha}, {size} bajtów: NIEZGODNOŚĆ (odczytano {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>zweryfikowano</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved {orders} and {files} to {target}: rows counted in every table and every evidence file&apos;s SHA-256 read back: {verdict}</source>
        <translation>przeniesiono {orders} i {files} do {target}: policzono wiersze w każdej tabeli i ponownie odczytano SHA-256 każdego pliku dowodu: {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+51"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n plik dowodu</numerusform>
            <numerusform>%n pliki dowodów</numerusform>
            <numerusform>%n plików dowodów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is the database already open: choose another one to move to</source>
        <translation>to jest już otwarta baza danych: wybierz inną jako cel przeniesienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 evidence file the orders refer to is missing from this database&apos;s vault; nothing was copied</source>
        <translation>brak 1 pliku dowodu, do którego odwołują się zamówienia, w magazynie tej bazy danych; niczego nie skopiowano</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evidence files the orders refer to are missing from this database&apos;s vault; nothing was copied</source>
        <translation>
            <numerusform>brak %n pliku dowodu, do którego odwołują się zamówienia, w magazynie tej bazy danych; niczego nie skopiowano</numerusform>
            <numerusform>brak %n plików dowodów, do których odwołują się zamówienia, w magazynie tej bazy danych; niczego nie skopiowano</numerusform>
            <numerusform>brak %n plików dowodów, do których odwołują się zamówienia, w magazynie tej bazy danych; niczego nie skopiowano</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>`aliassist verify-data` lists them; attach them again or detach them, then move the data</source>
        <translation>`aliassist verify-data` wyświetla ich listę; dołącz je ponownie lub odłącz, a następnie przenieś dane</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already holds data ({orders}, {rows} rows in all); nothing was changed</source>
        <translation>zawiera już dane ({orders}, łącznie wierszy: {rows}); niczego nie zmieniono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose an empty database, or add --replace to delete what it holds and put this database&apos;s data in its place</source>
        <translation>wybierz pustą bazę danych lub dodaj --replace, aby usunąć jej zawartość i umieścić w niej dane tej bazy</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../aliassist/notify/delivery.py" line="+55"/>
        <source>Open AliAssist</source>
        <extracomment>Action keys sent with D-Bus notices</extracomment>
        <translation>Otwórz AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Otwórz zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all 1 day</source>
        <translation>Odłóż wszystkie o 1 dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>Odłóż o 1 dzień</translation>
    </message>
    <message>
        <location filename="../../aliassist/notify/texts.py" line="+51"/>
        <source>passed</source>
        <extracomment>how many notices a catch-up summary lists before &quot;and N more&quot; less than a day left for the most urgent notice</extracomment>
        <translation>minął</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>za %n godzinę</numerusform>
            <numerusform>za %n godziny</numerusform>
            <numerusform>za %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in less than an hour</source>
        <translation>za mniej niż godzinę</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {number} · {store}</source>
        <translation>Zamówienie {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <translation>Zamówienie {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Buyer Protection ended: you have %n day(s) to open a dispute</source>
        <translation>
            <numerusform>Ochrona Kupującego się zakończyła: masz %n dzień na otwarcie sporu</numerusform>
            <numerusform>Ochrona Kupującego się zakończyła: masz %n dni na otwarcie sporu</numerusform>
            <numerusform>Ochrona Kupującego się zakończyła: masz %n dni na otwarcie sporu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {time_left} and the parcel has not arrived</source>
        <translation>{label} {time_left}, a paczka nie dotarła</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: {time_left}</source>
        <translation>{label}: {time_left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>{order}. {label}: {deadline}. {help}</source>
        <translation>{order}. {label}: {deadline}. {help}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{order}. {label}: {deadline}. {ask}, or open a dispute now. {help}</source>
        <translation>{order}. {label}: {deadline}. {ask} lub otwórz spór teraz. {help}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more in AliAssist</source>
        <translation>
            <numerusform>… i jeszcze %n w AliAssist</numerusform>
            <numerusform>… i jeszcze %n w AliAssist</numerusform>
            <numerusform>… i jeszcze %n w AliAssist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n termin wymaga uwagi</numerusform>
            <numerusform>%n terminy wymagają uwagi</numerusform>
            <numerusform>%n terminów wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time_left}: {label} (parcel not arrived)</source>
        <translation>{time_left}: {label} (paczka nie dotarła)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time_left}: {label}</source>
        <translation>{time_left}: {label}</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../aliassist/gui/desktop/notice_banner.py" line="+35"/>
        <location line="+24"/>
        <source>Open order</source>
        <translation>Otwórz zamówienie</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>Snooze 1 day</source>
        <translation>Odłóż o 1 dzień</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open AliAssist</source>
        <translation>Otwórz AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze all 1 day</source>
        <translation>Odłóż wszystkie o 1 dzień</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../aliassist/gui/settings/notify_settings.py" line="+31"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days before a deadline at which AliAssist warns you, separated by commas. The platform rules suggest {policy_default}.</source>
        <translation>Na ile dni przed terminem AliAssist Cię ostrzega, rozdzielone przecinkami. Zasady platformy sugerują {policy_default}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start minimised to the tray</source>
        <translation>Uruchamiaj zminimalizowany do zasobnika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start AliAssist when I log in</source>
        <translation>Uruchamiaj AliAssist po zalogowaniu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes {location}</source>
        <translation>Zapisuje {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume now</source>
        <translation>Wznów teraz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn this many days before a deadline:</source>
        <translation>Ostrzegaj tyle dni przed terminem:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications are on (pause them from the tray menu).</source>
        <translation>Powiadomienia są włączone (wstrzymasz je z menu w zasobniku).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications are paused until {time}.</source>
        <translation>Powiadomienia są wstrzymane do {time}.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../aliassist/services/notifications.py" line="+153"/>
        <source>{text} is not a whole number of days</source>
        <extracomment>log rows older than this past their deadline are not read back (they can&apos;t show again) int8 state codes (aliassist.domain.clocks.STATES) of every order the orders whose clocks this computer warns about</extracomment>
        <translation>{text} nie jest całkowitą liczbą dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>write them like 14, 7, 3, 1</source>
        <translation>zapisz je w postaci 14, 7, 3, 1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{value} is out of range (1 to {most} days)</source>
        <translation>{value} jest poza zakresem (od 1 do {most} dni)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give at least one number of days</source>
        <translation>podaj co najmniej jedną liczbę dni</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot write the calendar: {problem}</source>
        <translation>nie można zapisać kalendarza: {problem}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../aliassist/gui/operations.py" line="+62"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+50"/>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped</source>
        <translation>Niewysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking says so)</source>
        <translation>Doręczone (według śledzenia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the seller</source>
        <translation>Zwrócone do sprzedawcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Zagubione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <source>Seller responded</source>
        <translation>Sprzedawca odpowiedział</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Escalated</source>
        <translation>Przekazany platformie</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Return requested</source>
        <translation>Zażądano zwrotu produktu</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+278"/>
        <source>Return shipped</source>
        <translation>Produkt odesłany</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Refunded</source>
        <translation>Zwrócono pieniądze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Full refund</source>
        <translation>Pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Chargeback kartą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Roszczenie u operatora płatności</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order {number}</source>
        <translation>Zamówienie {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Nowe zamówienie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order sections</source>
        <translation>Sekcje zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery &amp;&amp; protection</source>
        <translation>Dostawa &amp;&amp; ochrona</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10.00, in the order&apos;s currency</source>
        <translation>10.00, w walucie zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option / SKU</source>
        <translation>Wariant / SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, size, model</source>
        <translation>Kolor, rozmiar, model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product link</source>
        <translation>Link do produktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image link</source>
        <translation>Link do obrazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Items</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add item</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items. Use “Add item”.</source>
        <translation>Brak produktów. Użyj „Dodaj produkt”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add dispute</source>
        <translation>Dodaj spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No disputes. Use “Add dispute”.</source>
        <translation>Brak sporów. Użyj „Dodaj spór”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paypal, visa, …</source>
        <translation>paypal, visa, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the order&apos;s currency</source>
        <translation>w walucie zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add payment</source>
        <translation>Dodaj płatność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments. Use “Add payment”.</source>
        <translation>Brak płatności. Użyj „Dodaj płatność”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds &amp;&amp; claims</source>
        <translation>Zwroty &amp;&amp; roszczenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add file</source>
        <translation>Dodaj plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files. Use “Add file”.</source>
        <translation>Brak plików. Użyj „Dodaj plik”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files. Use “Add files…”.</source>
        <translation>Brak plików. Użyj „Dodaj pliki…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>8187000000000001 (from the order page)</source>
        <extracomment>what the editor must tell first (reopened after a refused save: whose change won)</extracomment>
        <translation>8187000000000001 (ze strony zamówienia)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional: which of your accounts</source>
        <translation>opcjonalnie: które z Twoich kont</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the order list shows it, e.g. Awaiting delivery</source>
        <translation>jak na liście zamówień, np. Oczekuje na dostawę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything you want to remember about this order</source>
        <translation>Wszystko, co chcesz zapamiętać o tym zamówieniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Link do sklepu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Data złożenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Zapłacona kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Status na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>shipped on</source>
        <translation>wysłano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tracking says delivered on</source>
        <translation>według śledzenia doręczono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirmed receipt on</source>
        <translation>potwierdzono odbiór</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming receipt completes the order: the dispute window then closes 15 days later.</source>
        <translation>Potwierdzenie odbioru kończy zamówienie: termin na otwarcie sporu mija wtedy 15 dni później.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lasts</source>
        <translation>trwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days from shipping (or the order date)</source>
        <translation> dni od wysyłki (lub od daty zamówienia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends on</source>
        <translation>kończy się</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the order page shows it (“Protection ends: Mar 3”).</source>
        <translation>Tak jak na stronie zamówienia („Ochrona kończy się: 3 mar”).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days added</source>
        <translation>Dodane dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on</source>
        <translation>Przyznano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>Przedłużenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add extension</source>
        <translation>Dodaj przedłużenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No extensions. Use “Add extension”.</source>
        <translation>Brak przedłużeń. Użyj „Dodaj przedłużenie”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dzień</numerusform>
            <numerusform>+%n dni</numerusform>
            <numerusform>+%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Status przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Link do śledzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Doręczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection</source>
        <translation>Ochrona Kupującego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Przyznane przedłużenia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole order</source>
        <translation>Całe zamówienie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dispute</source>
        <translation>Brak sporu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (received)</source>
        <translation>{reason} (otrzymano)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (not received)</source>
        <translation>{reason} (nie otrzymano)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute id</source>
        <translation>ID sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute number</source>
        <translation>numer sporu na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return tracking</source>
        <translation>Numer przesyłki zwrotnej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedy</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Nie wybrano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund asked</source>
        <translation>Żądany zwrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a partial refund</source>
        <translation>dla częściowego zwrotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Co to jest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Pozycja listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add evidence files</source>
        <translation>Dodaj pliki dowodów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add the file</source>
        <translation>Nie można dodać pliku</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Order › Amount paid (currency)</source>
        <translation>Zamówienie › Zapłacona kwota (waluta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount needs the order&apos;s currency (Order tab)</source>
        <translation>kwota wymaga waluty zamówienia (karta Zamówienie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order › Order number</source>
        <translation>Zamówienie › Numer zamówienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items › {index} › Price</source>
        <translation>Produkty › {index} › Cena</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputes › {index} › Refund</source>
        <translation>Spory › {index} › Zwrot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds › {index} › Amount</source>
        <translation>Zwroty › {index} › Kwota</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order › Amount paid</source>
        <translation>Zamówienie › Zapłacona kwota</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check the order</source>
        <translation>Sprawdź zamówienie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;Fill in the order date to see its deadlines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wpisz datę zamówienia, aby zobaczyć jego terminy.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{clock}: &lt;b&gt;{date}&lt;/b&gt; ({left})</source>
        <translation>{clock}: &lt;b&gt;{date}&lt;/b&gt; ({left})</translation>
    </message>
</context>
<context>
    <name>OrderImports</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_flow.py" line="+42"/>
        <source>Order exports (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <extracomment>Files the import recognises by their content (the name only sorts the file dialog).</extracomment>
        <translation>Eksporty zamówień (*.csv *.tsv *.txt *.xlsx *.ods);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import orders</source>
        <extracomment>the dialogs of the import in progress (tests and screenshots reach them here)</extracomment>
        <translation>Importuj zamówienia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clipboard holds no rows to import.</source>
        <translation>Schowek nie zawiera wierszy do importu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing orders…</source>
        <translation>Importowanie zamówień…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Nothing was imported</source>
        <translation>Niczego nie zaimportowano</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import anulowano: niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot import this file</source>
        <translation>Nie można zaimportować tego pliku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {index}</source>
        <translation>Kolumna {index}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import: {summary}.</source>
        <translation>Import: {summary}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail import: {summary}.</source>
        <translation>Import e-maili: {summary}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a data file</source>
        <translation>Importuj plik danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json);;All files (*)</source>
        <translation>Dane AliAssist (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>Dodano %n zamówienie, zaktualizowano: {updated}, bez zmian: {unchanged}.</numerusform>
            <numerusform>Dodano %n zamówienia, zaktualizowano: {updated}, bez zmian: {unchanged}.</numerusform>
            <numerusform>Dodano %n zamówień, zaktualizowano: {updated}, bez zmian: {unchanged}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all data</source>
        <translation>Eksportuj wszystkie dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Dane AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>Zapisano %n zamówienie do {path}</numerusform>
            <numerusform>Zapisano %n zamówienia do {path}</numerusform>
            <numerusform>Zapisano %n zamówień do {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="+69"/>
        <source>(you)</source>
        <extracomment>asks for the real value of an estimated field (order id, field), when the app can who saved the order last, and who recorded each dispute step (None: not read) the link that shows how each clock was reached texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>(Ty)</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>Deadlines</source>
        <extracomment>the section boxes of the order shown now set by the window: asks for the real value of an estimated field set by the window: who saved the order and recorded its steps (order id) set by the window: asks whom to assign the order to (order id) the current user (ALIASSIST_NAME or the database role), None when not known</extracomment>
        <translation>Terminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates to confirm</source>
        <translation>Daty do potwierdzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Przesyłka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select an order to see its deadlines, items, tracking, disputes and payments.</source>
        <translation>Wybierz zamówienie, aby zobaczyć jego terminy, produkty, przesyłkę, spory i płatności.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: &lt;b&gt;{who}&lt;/b&gt;{you}</source>
        <translation>Przypisane do: &lt;b&gt;{who}&lt;/b&gt;{you}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: {who}</source>
        <translation>Przypisane do: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign…</source>
        <translation>Przypisz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this order: its deadline notices go to that person only (to everyone while it is assigned to nobody)</source>
        <translation>Kto zajmuje się tym zamówieniem: powiadomienia o jego terminach trafiają tylko do tej osoby (do wszystkich, dopóki nie jest nikomu przypisane)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed {date}</source>
        <translation>złożone {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number}</source>
        <translation>Zamówienie {number}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../aliassist/gui/workspace/orders_model.py" line="+41"/>
        <source>Order</source>
        <extracomment>What the table shows, the deadline facts first (a narrow window scrolls to the rest). The titles are translated where they are shown (`headerData`).</extracomment>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection ends</source>
        <translation>Koniec ochrony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute deadline</source>
        <translation>Termin sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>urgent</source>
        <translation>pilne</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚑ %n dispute(s)</source>
        <translation>
            <numerusform>⚑ %n spór</numerusform>
            <numerusform>⚑ %n spory</numerusform>
            <numerusform>⚑ %n sporów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All states</source>
        <extracomment>State filters: id -&gt; (label, state names). None shows every order. The labels are translated where they are shown (context &quot;OrdersModel&quot;).</extracomment>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Wymagają uwagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Ochrona wkrótce się kończy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last days to dispute</source>
        <translation>Ostatnie dni na spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dispute</source>
        <translation>W sporze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Oczekują na wysyłkę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Chronione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates to confirm</source>
        <extracomment>not a state: the orders whose deadline rests on an estimate (OrderTable.estimated)</extracomment>
        <translation>Daty do potwierdzenia</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>
Closed: {reason}.</source>
        <extracomment>The account filter&apos;s value for orders without an account. the platform&apos;s zone, in which a date-only value is read back as its date the usual protection length, for the tooltip of an estimated deadline one text per order (number, store, every item title, tracking), casefolded; loaded on first search by `search_texts`, which the window sets why a closed order is closed (&quot;refunded in full&quot;), read when its tooltip shows; the window sets it</extracomment>
        <translation>
Zamknięte: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>
⚑ %n dispute(s) recorded.</source>
        <translation>
            <numerusform>
⚑ Zapisano %n spór.</numerusform>
            <numerusform>
⚑ Zapisano %n spory.</numerusform>
            <numerusform>
⚑ Zapisano %n sporów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> Next dispute clock: {date} (%n day(s) left).</source>
        <translation>
            <numerusform> Następny termin sporu: {date} (został %n dzień).</numerusform>
            <numerusform> Następny termin sporu: {date} (zostały %n dni).</numerusform>
            <numerusform> Następny termin sporu: {date} (zostało %n dni).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Next dispute clock: {date} ({days} days left).</source>
        <translation> Następny termin sporu: {date} (pozostało dni: {days}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the receipt date is an estimate (at the earliest: the export did not say when receipt was confirmed)</source>
        <translation>data odbioru jest szacunkowa (najwcześniejsza możliwa: eksport nie podawał, kiedy potwierdzono odbiór)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the protection length is the usual one (about %n day(s)), not the one on the order page</source>
        <translation>
            <numerusform>okres ochrony jest typowy (około %n dnia), a nie ten ze strony zamówienia</numerusform>
            <numerusform>okres ochrony jest typowy (około %n dni), a nie ten ze strony zamówienia</numerusform>
            <numerusform>okres ochrony jest typowy (około %n dni), a nie ten ze strony zamówienia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
The deadline is an estimate: {what}. Select the order and choose “Enter the real date…” in the pane.</source>
        <translation>
Termin jest szacunkowy: {what}. Wybierz zamówienie i użyj „Wpisz rzeczywistą datę…” w panelu.</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <location filename="../../aliassist/packet/record.py" line="+18"/>
        <source>No steps recorded yet.</source>
        <extracomment>steps recorded outside the step table texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Nie zapisano jeszcze żadnych kroków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps recorded</source>
        <translation>Zapisane kroki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute was opened</source>
        <translation>spór został otwarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed although the pre-check blocked it</source>
        <translation>zgłoszony, choć wstępna kontrola go blokowała</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Platform dispute id</source>
        <translation>ID sporu na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (not recorded)</source>
        <translation>— (nie zapisano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/packet/summary.py" line="+351"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../aliassist/packet/summary.py" line="-66"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/summary.py" line="-241"/>
        <source>BLOCKS</source>
        <translation>BLOKUJE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>OSTRZEŻENIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>UWAGA</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+87"/>
        <source>Dispute packet: order {number}</source>
        <translation>Pakiet sporu: zamówienie {number}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not chosen</source>
        <translation>Nie wybrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by {app} {version} on {date} with the {platform} rules {policy_version}. The manifest lists the SHA-256 of every file, so you can show later that nothing was changed.</source>
        <translation>Utworzono przez {app} {version} dnia {date} według zasad {platform} {policy_version}. Manifest zawiera SHA-256 każdego pliku, dzięki czemu można później wykazać, że niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-check</source>
        <translation>Wstępna kontrola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence checklist</source>
        <translation>Lista dowodów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Pliki dowodów</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking)</source>
        <translation>Doręczone (śledzenie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Odbiór potwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Przesyłka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Zapłacona kwota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection length</source>
        <translation>Okres ochrony</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s) (the usual length; not read from the order page)</source>
        <translation>
            <numerusform>około %n dnia (typowy okres; nie odczytany ze strony zamówienia)</numerusform>
            <numerusform>około %n dni (typowy okres; nie odczytany ze strony zamówienia)</numerusform>
            <numerusform>około %n dni (typowy okres; nie odczytany ze strony zamówienia)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection extended</source>
        <translation>Ochrona przedłużona</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dzień</numerusform>
            <numerusform>+%n dni</numerusform>
            <numerusform>+%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+212"/>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reason</source>
        <extracomment>territories whose paper is US Letter; everyone else uses A4 texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (this packet)</source>
        <translation>Dziś (ten pakiet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>niepotrzebne</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Option</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (spór {number})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>passed</source>
        <translation>minął</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>został mniej niż dzień</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>został %n dzień</numerusform>
            <numerusform>zostały %n dni</numerusform>
            <numerusform>zostało %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order state: {state}. Times are in the buyer&apos;s local time.</source>
        <translation>Stan zamówienia: {state}. Godziny podano w czasie lokalnym kupującego.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to file:</source>
        <translation>Gotowe do zgłoszenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing blocks this dispute.</source>
        <translation>nic nie blokuje tego sporu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready:</source>
        <translation>Nie gotowe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pre-check found something the platform treats as abuse.</source>
        <translation>wstępna kontrola wykryła coś, co platforma uznaje za nadużycie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported anyway</source>
        <translation>Wyeksportowano mimo to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the buyer&apos;s request; the manifest records the override.</source>
        <translation>na życzenie kupującego; manifest odnotowuje to obejście.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule {rule} · {source}</source>
        <translation>Zasada {rule} · {source}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (required)</source>
        <translation>brak (wymagane)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing (recommended)</source>
        <translation>brak (zalecane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to capture</source>
        <translation>Co uchwycić</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No evidence files are attached.</source>
        <translation>Nie dołączono plików dowodów.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} bytes</source>
        <translation>{size} bajtów</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VIDEO</source>
        <translation>WIDEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order placed</source>
        <extracomment>&quot;passed&quot;, &quot;ahead&quot; or &quot;today&quot;</extracomment>
        <translation>Złożenie zamówienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/archive.py" line="+167"/>
        <source>not a ZIP file (or a damaged one), so not a dispute packet</source>
        <extracomment>content that is already compressed: stored as is (deflating it again only costs time) the largest manifest read (a packet of thousands of files lists them in far less): a small ZIP may hold a manifest that inflates to gigabytes what reading a hostile entry can raise: damage, encryption (RuntimeError), an unknown compression method (NotImplementedError), broken headers names that stand more than once in the ZIP (a reader may show either copy)</extracomment>
        <translation>to nie plik ZIP (lub jest uszkodzony), więc nie jest to pakiet sporu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the packet: {strerror}</source>
        <translation>nie można odczytać pakietu: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a regular file, so not a packet</source>
        <translation>to nie zwykły plik, więc nie pakiet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no {manifest}: not an AliAssist dispute packet</source>
        <translation>brak {manifest}: to nie pakiet sporu AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds {manifest} {value} times: it has been tampered with</source>
        <translation>zawiera {manifest} {value} razy: został zmanipulowany</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} is {file_size} bytes; a packet&apos;s manifest is far smaller, so this is not an AliAssist packet</source>
        <translation>{manifest} ma {file_size} bajtów; manifest pakietu jest znacznie mniejszy, więc to nie pakiet AliAssist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} cannot be read ({value})</source>
        <translation>nie można odczytać {manifest} ({value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} inflates beyond its stated size: not an AliAssist packet</source>
        <translation>{manifest} po rozpakowaniu przekracza deklarowany rozmiar: to nie pakiet AliAssist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} cannot be read ({exc})</source>
        <translation>nie można odczytać {manifest} ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} is nested too deeply: not an AliAssist packet manifest</source>
        <translation>{manifest} jest zbyt głęboko zagnieżdżony: to nie manifest pakietu AliAssist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{manifest} is not an AliAssist packet manifest</source>
        <translation>{manifest} nie jest manifestem pakietu AliAssist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{manifest} has no valid version</source>
        <translation>{manifest} nie ma prawidłowej wersji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the packet was made by a newer AliAssist</source>
        <translation>pakiet utworzyła nowsza wersja AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update AliAssist to verify it</source>
        <translation>zaktualizuj AliAssist, aby go zweryfikować</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is encrypted</source>
        <translation>jest zaszyfrowany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown compression method</source>
        <translation>nieznana metoda kompresji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} has no list of files</source>
        <translation>{manifest} nie ma listy plików</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{manifest} lists a file without a path</source>
        <translation>{manifest} zawiera plik bez ścieżki</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/packet.py" line="+170"/>
        <source>is a folder; give a file name such as packet.zip</source>
        <extracomment>the longest file name inside the packet (Windows and old unzip tools stay happy) the files the manifest lists (the manifest itself not counted, as verify-packet counts)</extracomment>
        <translation>to folder; podaj nazwę pliku, np. packet.zip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence file {name} is missing from the vault</source>
        <translation>brak pliku dowodu {name} w magazynie</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the stored copy of {name} is damaged: its content no longer matches its SHA-256, so no packet was written</source>
        <translation>zapisana kopia {name} jest uszkodzona: jej zawartość nie zgadza się już z SHA-256, więc nie zapisano pakietu</translation>
    </message>
</context>
<context>
    <name>PacketExporter</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="+61"/>
        <source>Export dispute packet</source>
        <translation>Eksportuj pakiet sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute packet (*.zip)</source>
        <translation>Pakiet sporu (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pre-check blocks this dispute</source>
        <translation>Wstępna kontrola blokuje ten spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking}

Filing it may count as abuse of Buyer Protection. Export the packet anyway? The manifest will record that you exported it despite the pre-check.</source>
        <translation>{blocking}

Zgłoszenie go może zostać uznane za nadużycie Ochrony Kupującego. Wyeksportować pakiet mimo to? Manifest odnotuje, że wyeksportowano go wbrew wstępnej kontroli.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the dispute packet…</source>
        <translation>Eksportowanie pakietu sporu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error: {error}</source>
        <translation>Nieoczekiwany błąd: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The packet was not written</source>
        <translation>Nie zapisano pakietu</translation>
    </message>
</context>
<context>
    <name>RealDateDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/date_entry.py" line="+19"/>
        <source>Receipt confirmed</source>
        <extracomment>field -&gt; (dialog title, what to read on the order page)</extracomment>
        <translation>Odbiór potwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you confirm receipt? The order page shows it under the order&apos;s details.</source>
        <translation>Kiedy potwierdzono odbiór? Strona zamówienia pokazuje to w szczegółach zamówienia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Doręczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When was the parcel delivered? The tracking page shows it.</source>
        <translation>Kiedy doręczono paczkę? Pokazuje to strona śledzenia przesyłki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends</source>
        <translation>Koniec ochrony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When does Buyer Protection end? The order page shows the date under the order&apos;s status.</source>
        <translation>Kiedy kończy się Ochrona Kupującego? Strona zamówienia pokazuje datę pod statusem zamówienia.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — order {number}</source>
        <translation>{title} — zamówienie {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now {qualifier}: {why}.</source>
        <translation>Teraz {qualifier}: {why}.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../aliassist/gui/workspace/record_list.py" line="+69"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../aliassist/services/safety.py" line="+48"/>
        <source>the damaged database was moved aside to {path}</source>
        <extracomment>where a damaged database was moved before the restore, if it was evidence files the restored data refers to that are not in the vault</extracomment>
        <translation>uszkodzoną bazę danych przeniesiono do {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {backup}: {orders}</source>
        <translation>przywrócono {backup}: {orders}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data it replaced was saved as backup {kept} ({restore} {kept} brings it back)</source>
        <translation>zastąpione dane zapisano jako kopię zapasową {kept} ({restore} {kept} je przywróci)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: 1 evidence file this backup refers to is missing from the evidence vault</source>
        <translation>ostrzeżenie: w magazynie dowodów brakuje 1 pliku dowodu, do którego odwołuje się ta kopia zapasowa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n evidence files this backup refers to are missing from the evidence vault</source>
        <translation>
            <numerusform>ostrzeżenie: w magazynie dowodów brakuje %n pliku dowodu, do którego odwołuje się ta kopia zapasowa</numerusform>
            <numerusform>ostrzeżenie: w magazynie dowodów brakuje %n plików dowodów, do których odwołuje się ta kopia zapasowa</numerusform>
            <numerusform>ostrzeżenie: w magazynie dowodów brakuje %n plików dowodów, do których odwołuje się ta kopia zapasowa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no good backup to restore</source>
        <translation>brak prawidłowej kopii zapasowej do przywrócenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup named {name}</source>
        <translation>brak kopii zapasowej o nazwie {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be restored: {problem}</source>
        <translation>nie można przywrócić: {problem}</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../aliassist/services/sample.py" line="+93"/>
        <source>this is already the sample database</source>
        <extracomment>The sample database&apos;s file, in the user data folder: never the buyer&apos;s own database.</extracomment>
        <translation>to już jest przykładowa baza danych</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/save_conflict.py" line="+44"/>
        <source>Order number</source>
        <extracomment>how each field of an order is named in the table (the editor&apos;s words)</extracomment>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Link do sklepu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Data złożenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection (days)</source>
        <translation>Ochrona Kupującego (dni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends on</source>
        <translation>Koniec Ochrony Kupującego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Przyznane przedłużenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Doręczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Status przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status updated</source>
        <translation>Aktualizacja statusu przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Link do śledzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Status na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Zapłacona kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds and claims</source>
        <translation>Zwroty i roszczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Pliki dowodów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates given without a time</source>
        <translation>Daty bez godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date estimated</source>
        <translation>Data odbioru szacunkowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date estimated</source>
        <translation>Data doręczenia szacunkowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Przypisane do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {number} was changed meanwhile</source>
        <extracomment>the longest text shown in a cell (the rest is in its tooltip)</extracomment>
        <translation>Zamówienie {number} zostało w międzyczasie zmienione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Someone else saved order {number} while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ktoś inny zapisał zamówienie {number}, gdy je edytowano.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your values and theirs</source>
        <translation>Twoje wartości i ich wartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}’s (saved)</source>
        <translation>{who} (zapisane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved)</source>
        <translation>Ich (zapisane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (not saved)</source>
        <translation>Twoje (niezapisane)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Keep theirs&lt;/b&gt;: drop your changes and show the order as it is saved now.&lt;br&gt;&lt;b&gt;Save mine over theirs&lt;/b&gt;: store your version; their values of the fields above are replaced.&lt;br&gt;&lt;b&gt;Edit again&lt;/b&gt;: reopen the editor with your values, to take over what you want of theirs; nothing you typed is lost.</source>
        <translation>&lt;b&gt;Zachowaj ich&lt;/b&gt;: odrzuć swoje zmiany i pokaż zamówienie tak, jak jest teraz zapisane.&lt;br&gt;&lt;b&gt;Zapisz moje zamiast ich&lt;/b&gt;: zapisz swoją wersję; ich wartości powyższych pól zostaną zastąpione.&lt;br&gt;&lt;b&gt;Edytuj ponownie&lt;/b&gt;: otwórz edytor ponownie ze swoimi wartościami, aby przejąć, co chcesz, z ich wersji; nic z wpisanego nie przepadnie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep theirs</source>
        <translation>Zachowaj ich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mine over theirs</source>
        <translation>Zapisz moje zamiast ich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit again</source>
        <translation>Edytuj ponownie</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{who} saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>{who} zapisał(a) je {time} (wersja {version}); otwarto wersję {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved it (version {version}); you opened version {expected}.</source>
        <translation>{who} zapisał(a) je (wersja {version}); otwarto wersję {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>Ktoś inny zapisał je {time} (wersja {version}); otwarto wersję {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it (version {version}); you opened version {expected}.</source>
        <translation>Ktoś inny zapisał je (wersja {version}); otwarto wersję {expected}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Yours and theirs differ in %n field(s):</source>
        <translation>
            <numerusform>Twoja i ich wersja różnią się w %n polu:</numerusform>
            <numerusform>Twoja i ich wersja różnią się w %n polach:</numerusform>
            <numerusform>Twoja i ich wersja różnią się w %n polach:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and theirs hold the same values.</source>
        <translation>Twoja i ich wersja zawierają te same wartości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{saved} Your changes are not saved yet. {differ}</source>
        <translation>{saved} Twoje zmiany nie są jeszcze zapisane. {differ}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} saved this order on {time} while you were editing it (version {version})</source>
        <translation>{who} zapisał(a) to zamówienie {time}, gdy je edytowano (wersja {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this order while you were editing it (version {version})</source>
        <translation>{who} zapisał(a) to zamówienie, gdy je edytowano (wersja {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order on {time} while you were editing it (version {version})</source>
        <translation>Ktoś inny zapisał to zamówienie {time}, gdy je edytowano (wersja {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order while you were editing it (version {version})</source>
        <translation>Ktoś inny zapisał to zamówienie, gdy je edytowano (wersja {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>niczym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are your values, not saved yet. {saved}; theirs differs from yours in: {fields}. Save stores what this editor shows.</source>
        <translation>To są Twoje wartości, jeszcze niezapisane. {saved}; ich wersja różni się od Twojej w: {fields}. Zapisanie zachowa to, co pokazuje ten edytor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} (details differ)</source>
        <translation>{value} (szczegóły się różnią)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no items</source>
        <translation>brak produktów</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, id {platform_id}</source>
        <translation>, ID {platform_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no disputes</source>
        <translation>brak sporów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payments</source>
        <translation>brak płatności</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no files</source>
        <translation>brak plików</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no extensions</source>
        <translation>brak przedłużeń</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dzień</numerusform>
            <numerusform>+%n dni</numerusform>
            <numerusform>+%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes ({how})</source>
        <translation>tak ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: given</source>
        <translation>nie: podana</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../aliassist/services/imported_settings.py" line="+105"/>
        <source>expected the path of a policy file</source>
        <extracomment>remembered column mappings kept from one file at most (one per header ever mapped) the longest header signature or column name a remembered mapping may hold key -&gt; check returning what is wrong with a value (None when it is fine)</extracomment>
        <translation>oczekiwano ścieżki do pliku zasad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/settings_dialog.py" line="+33"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform rules</source>
        <translation>Zasady platformy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another policy file…</source>
        <translation>Użyj innego pliku zasad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in rules</source>
        <translation>Użyj wbudowanych zasad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AliAssist applies the platform&apos;s rules from a policy file. When the platform changes its terms, load an edited copy.</source>
        <translation>AliAssist stosuje zasady platformy z pliku zasad. Gdy platforma zmieni swoje warunki, wczytaj poprawioną kopię.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>built-in</source>
        <translation>wbudowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: &lt;b&gt;{platform} rules {version}&lt;/b&gt; ({where})</source>
        <translation>W użyciu: &lt;b&gt;zasady {platform} {version}&lt;/b&gt; ({where})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a policy file</source>
        <translation>Wybierz plik zasad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy files (*.toml)</source>
        <translation>Pliki zasad (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This policy file cannot be used</source>
        <translation>Nie można użyć tego pliku zasad</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This name cannot be kept</source>
        <translation>Nie można zachować tego imienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This team database cannot be kept</source>
        <translation>Nie można zachować tej bazy danych zespołu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings cannot be used</source>
        <translation>Nie można użyć tych ustawień</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database from the next start</source>
        <translation>Baza danych od następnego uruchomienia</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <location filename="../../aliassist/gui/desktop/show_in_folder.py" line="+29"/>
        <source>Show in folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the exported file in its folder</source>
        <translation>Pokaż wyeksportowany plik w jego folderze</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open {parent} in the file manager</source>
        <translation>Otwórz {parent} w menedżerze plików</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../aliassist/gui/theme.py" line="+16"/>
        <source>Last days to dispute</source>
        <translation>Ostatnie dni na spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has completed; a dispute can still be opened until the dispute deadline.</source>
        <translation>Zamówienie zostało zakończone; spór można jeszcze otworzyć do terminu sporu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Ochrona wkrótce wygaśnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends in the next few days (as many as your earliest reminder, 14 unless changed in Settings). Ask the seller to extend it, or open a dispute if something is wrong.</source>
        <translation>Ochrona Kupującego kończy się w ciągu najbliższych dni (tylu, ile wynosi najwcześniejsze przypomnienie; 14, jeśli nie zmieniono w Ustawieniach). Poproś sprzedawcę o jej przedłużenie lub otwórz spór, jeśli coś jest nie tak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In dispute</source>
        <translation>W sporze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dispute is open: watch its clocks.</source>
        <translation>Spór jest otwarty: pilnuj jego terminów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Oczekuje na wysyłkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped yet; protection runs from the order date.</source>
        <translation>Jeszcze nie wysłane; ochrona biegnie od daty zamówienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Chronione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection is running.</source>
        <translation>Ochrona Kupującego trwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute window has closed.</source>
        <translation>Okres na otwarcie sporu minął.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled: a dispute was decided or the order was refunded.</source>
        <translation>Rozstrzygnięte: spór został rozstrzygnięty lub zwrócono pieniądze za zamówienie.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-449"/>
        <source> (no longer matters)</source>
        <extracomment>the order&apos;s state, whose colour the running clocks&apos; bars take</extracomment>
        <translation> (już nieistotne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the order&apos;s clocks</source>
        <translation>Oś czasu terminów zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today {date}.
{summary}</source>
        <translation>Dzisiaj {date}.
{summary}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>today {date}</source>
        <translation>dzisiaj {date}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../aliassist/gui/desktop/tray.py" line="+43"/>
        <source>1 hour</source>
        <extracomment>the tray badge colour of each state that needs the buyer (the calm ones get none) how long notifications can be paused (labels translated where shown: &quot;TrayController&quot;)</extracomment>
        <translation>1 godzinę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 godzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 tydzień</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pause notifications for…</source>
        <translation>Wstrzymaj powiadomienia na…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume notifications</source>
        <translation>Wznów powiadomienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {app}</source>
        <translation>Otwórz {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next deadlines</source>
        <translation>Najbliższe terminy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No deadlines ahead</source>
        <translation>Brak nadchodzących terminów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking deadlines…</source>
        <translation>Sprawdzanie terminów…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume notifications (paused until {time})</source>
        <translation>Wznów powiadomienia (wstrzymane do {time})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: {deadline}</source>
        <translation>Następny: {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications paused until {time}</source>
        <translation>Powiadomienia wstrzymane do {time}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{app} keeps running</source>
        <translation>{app} nadal działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} keeps running in the tray so it can warn you before a deadline passes. Click the tray icon to open the window again; choose Quit in its menu to stop.</source>
        <translation>{app} nadal działa w zasobniku, aby ostrzec Cię przed upływem terminu. Kliknij ikonę w zasobniku, aby ponownie otworzyć okno; wybierz Zakończ w jej menu, aby zatrzymać program.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../aliassist/services/undo.py" line="+91"/>
        <source>order {number} has changed since</source>
        <translation>zamówienie {number} zmieniło się od tego czasu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another order now has the number {value}</source>
        <translation>numer {value} ma teraz inne zamówienie</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../aliassist/gui/undo.py" line="+62"/>
        <source>&amp;Undo</source>
        <extracomment>the orders an undo or redo changed (the window reloads and selects them), and what was done (&quot;Undone: Edit order 8187…&quot;) an undo or redo could not be done: what was wrong (nothing changed)</extracomment>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot undo “{step}”: {error}</source>
        <extracomment>evidence files some recorded state refers to: kept in the vault until released</extracomment>
        <translation>Nie można cofnąć „{step}”: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>Nie można ponowić „{step}”: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: {step}</source>
        <translation>Cofnięto: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: {step}</source>
        <translation>Ponowiono: {step}</translation>
    </message>
</context>
<context>
    <name>YouGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/you_settings.py" line="+23"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name marks the changes you make (the order pane&apos;s History) and the orders assigned to you: Mine shows them, and their deadline notices come to you only.</source>
        <translation>Twoje imię oznacza wprowadzane przez Ciebie zmiany (Historia w panelu zamówienia) i zamówienia przypisane do Ciebie: Moje je pokazuje, a powiadomienia o ich terminach trafiają tylko do Ciebie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The environment variable {variable} sets it now: &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Obecnie ustawia je zmienna środowiskowa {variable}: &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the database role, &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Puste: rola bazy danych, &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your changes are not named, and Mine is off.</source>
        <translation>Puste: Twoje zmiany nie są podpisane, a Moje jest wyłączone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the database role on a team database; on this computer&apos;s file, none.</source>
        <translation>Puste: rola bazy danych w bazie zespołu; dla pliku na tym komputerze — brak.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../aliassist/cli/help_text.py" line="+29"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words the app&apos;s command line can print (argparse looks them up with gettext; `use_argparse_words` sends the lookup here, context &quot;argparse&quot;)</extracomment>
        <translation>użycie: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>pokaż ten komunikat pomocy i zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz z %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>oczekiwano co najwyżej jednego argumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone z argumentem %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może pasować do %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nieznany parser %(parser_name)r (możliwości: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawny argument %r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aliassist/cli/__init__.py" line="+51"/>
        <source>warning: {warning}</source>
        <extracomment>The years `--now` may pin the clock to: deadlines a few years past it must still be dates.</extracomment>
        <translation>ostrzeżenie: {warning}</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the window is started by `aliassist` itself; name a command here</source>
        <translation>okno uruchamia samo polecenie `aliassist`; podaj tu polecenie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1 is missing: messages stay in English (run `make translations-build`)</source>
        <translation>ostrzeżenie: brak %1: komunikaty pozostają po angielsku (uruchom `make translations-build`)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>interrupted</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/data.py" line="+38"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>utworzono: {created}, zaktualizowano: {updated}, bez zmian: {unchanged}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>wrote %n order(s) to {file}</source>
        <translation>
            <numerusform>zapisano %n zamówienie do {file}</numerusform>
            <numerusform>zapisano %n zamówienia do {file}</numerusform>
            <numerusform>zapisano %n zamówień do {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/disputes.py" line="+62"/>
        <location filename="../../aliassist/cli/help_strings.py" line="+81"/>
        <source>the language to write the description in: en (the default: sellers read it best), ru, es, pt_BR, fr, de or pl</source>
        <extracomment>A message or description file larger than this is not a message.</extracomment>
        <translation>język opisu: en (domyślny: sprzedawcy najlepiej czytają po angielsku), ru, es, pt_BR, fr, de lub pl</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>is a folder, not a text file</source>
        <translation>to folder, a nie plik tekstowy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>nie znaleziono pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: {error}</source>
        <translation>nie można odczytać pliku: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large for a message (more than {size} bytes)</source>
        <translation>za duży na wiadomość (ponad {size} bajtów)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>plik nie jest tekstem UTF-8</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>READY</source>
        <translation>GOTOWE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT READY</source>
        <translation>NIE GOTOWE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking} blocking, {warnings}</source>
        <translation>blokujące: {blocking}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing found</source>
        <translation>nic nie znaleziono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {reason} · {verdict} ({counts})</source>
        <translation>Zamówienie {number} · {reason} · {verdict} ({counts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (spór {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/orders.py" line="+144"/>
        <source>CLOCK</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>AT</source>
        <translation>KIEDY</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../aliassist/cli/orders.py" line="-56"/>
        <location line="+55"/>
        <source>DAYS LEFT</source>
        <translation>POZOSTAŁO DNI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about: {subject}</source>
        <translation>dotyczy: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instead: {fix}</source>
        <translation>zamiast tego: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source: {source}</source>
        <translation>źródło: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLOCK</source>
        <extracomment>what a finding&apos;s severity is called in the text output</extracomment>
        <translation>BLOK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>OSTRZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message is empty</source>
        <translation>wiadomość jest pusta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message: NOT OK</source>
        <translation>Wiadomość: NIE OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: OK with warnings</source>
        <translation>Wiadomość: OK z ostrzeżeniami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message: OK, nothing found</source>
        <translation>Wiadomość: OK, nic nie znaleziono</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order {number} has no disputes</source>
        <translation>zamówienie {number} nie ma sporów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, item {item}</source>
        <translation>, produkt {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute {number}{platform_id}: {reason}{item} · {status}</source>
        <translation>Spór {number}{platform_id}: {reason}{item} · {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STEP</source>
        <translation>ETAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>KWOTA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>SZCZEGÓŁY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BY</source>
        <translation>KTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {deadline} (running)</source>
        <translation>{clock}: {deadline} (biegnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{clock}: {deadline} (stopped)</source>
        <translation>{clock}: {deadline} (zatrzymany)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your words were shortened to fit the form&apos;s {limit} characters; shorten them yourself to choose what stays</source>
        <translation>Twój tekst skrócono do {limit} znaków formularza; skróć go sam, aby wybrać, co zostanie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>removed the step {step} of {at}</source>
        <translation>usunięto etap {step} z {at}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order {number}, dispute {dispute}: {status} ({at})</source>
        <translation>Zamówienie {number}, spór {dispute}: {status} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {kind} of {amount} recorded</source>
        <translation>; zapisano: {kind} na {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next steps: {commands}</source>
        <translation>Następne kroki: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refund</source>
        <extracomment>how the text output names a kind of payment</extracomment>
        <translation>zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial refund</source>
        <translation>częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chargeback</source>
        <translation>chargeback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider claim</source>
        <translation>roszczenie u operatora płatności</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order {number}: {kind} of {amount} recorded ({at})</source>
        <translation>Zamówienie {number}: zapisano: {kind} na {amount} ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}: {kind} recorded ({at})</source>
        <translation>Zamówienie {number}: zapisano: {kind} ({at})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/evidence.py" line="+83"/>
        <source>complete</source>
        <translation>kompletne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>brakuje wymaganych dowodów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommended</source>
        <translation>zalecane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ITEM</source>
        <translation>POZYCJA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEED</source>
        <translation>POTRZEBA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>CO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILES</source>
        <translation>PLIKI</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>already attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>już dołączony: {name} jako dowód {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>dołączono: {name} jako dowód {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the same file as evidence {index}, now counted for this item too</source>
        <translation>; ten sam plik co dowód {index}, teraz liczony także dla tej pozycji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: {name}: {title}. {message}</source>
        <translation>ostrzeżenie: {name}: {title}. {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: {name} holds the GPS position where it was taken; packets leave it out of their copy (packet --keep-location keeps it); the vault keeps the file as it is</source>
        <translation>ostrzeżenie: {name} zawiera pozycję GPS miejsca wykonania; pakiety pomijają ją w swojej kopii (packet --keep-location ją zachowuje); magazyn przechowuje plik bez zmian</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no evidence yet: `aliassist attach {number} FILE --kind own_photo`</source>
        <translation>zamówienie {number} nie ma jeszcze dowodów: `aliassist attach {number} FILE --kind own_photo`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MISSING from the vault</source>
        <translation>BRAK w magazynie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKLIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE</source>
        <translation>SPÓR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/cli/safety.py" line="+100"/>
        <source>SIZE</source>
        <translation>ROZMIAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAKEN</source>
        <translation>WYKONANO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARNINGS</source>
        <translation>OSTRZEŻENIA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{index} {name}: missing. The vault no longer holds this file: attach it again, or detach it.</source>
        <translation>{index} {name}: brak. Magazyn nie zawiera już tego pliku: dołącz go ponownie lub odłącz.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stored copy deleted</source>
        <translation>zapisana kopia usunięta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: a backup lists it</source>
        <translation>zapisana kopia zachowana: wymienia ją kopia zapasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: other evidence uses it</source>
        <translation>zapisana kopia zachowana: używają jej inne dowody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {name} ({fate})</source>
        <translation>usunięto {name} ({fate})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/help_strings.py" line="-69"/>
        <source>AliAssist: Buyer Protection deadlines, dispute pre-checks, evidence and dispute packets for AliExpress orders. Without a command, opens the window.</source>
        <translation>AliAssist: terminy Ochrony Kupującego, wstępna kontrola sporów, dowody i pakiety sporu dla zamówień AliExpress. Bez polecenia otwiera okno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż numer wersji programu i zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window offscreen on a temporary database with sample orders and exit 0 if it shows them (for packagers)</source>
        <translation>otwórz okno poza ekranem na tymczasowej bazie z przykładowymi zamówieniami i zakończ z kodem 0, jeśli je pokazuje (dla twórców pakietów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SQLite database file (default: in your user data folder; or set ALIASSIST_DB)</source>
        <translation>plik bazy danych SQLite (domyślnie: w folderze danych użytkownika; lub ustaw ALIASSIST_DB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team database (postgresql+psycopg://name@host/db; the password from ~/.pgpass) or any SQLAlchemy URL instead of --db; or set ALIASSIST_DATABASE_URL</source>
        <translation>baza danych zespołu (postgresql+psycopg://name@host/db; hasło z ~/.pgpass) lub dowolny URL SQLAlchemy zamiast --db; lub ustaw ALIASSIST_DATABASE_URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy of the platform policy file</source>
        <translation>poprawiona kopia pliku zasad platformy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin the clock for every command (2026-03-05 or 2026-03-05T14:00:00Z)</source>
        <translation>ustal zegar dla każdego polecenia (2026-03-05 lub 2026-03-05T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages, tables and the window: en, ru, es, pt_BR, fr, de, pl (default: ALIASSIST_LANG, else the choice in Settings, else the system&apos;s; JSON never changes)</source>
        <translation>język komunikatów, tabel i okna: en, ru, es, pt_BR, fr, de, pl (domyślnie: ALIASSIST_LANG, w przeciwnym razie wybór w Ustawieniach, a dalej język systemu; JSON nigdy się nie zmienia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list orders with their clocks</source>
        <translation>wyświetl zamówienia z ich terminami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign an order to a person</source>
        <translation>przypisz zamówienie osobie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadlines coming up</source>
        <translation>nadchodzące terminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a JSON data file</source>
        <translation>importuj plik danych JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export everything to a JSON data file</source>
        <translation>eksportuj wszystko do pliku danych JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-check a dispute before you file it</source>
        <translation>wstępnie sprawdź spór przed zgłoszeniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a message to the seller or a review</source>
        <translation>sprawdź wiadomość do sprzedawcy lub opinię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute&apos;s steps; list and draft disputes</source>
        <translation>zapisz etapy sporu; wyświetl spory i szkice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence checklist of a dispute reason</source>
        <translation>lista dowodów dla powodu sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy evidence files into the vault for an order</source>
        <translation>skopiuj pliki dowodów do magazynu dla zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list an order&apos;s evidence with the checks&apos; warnings</source>
        <translation>wyświetl dowody zamówienia z ostrzeżeniami kontroli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove evidence from an order</source>
        <translation>usuń dowody z zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the deadline warnings due now</source>
        <translation>pokaż bieżące ostrzeżenia o terminach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the deadlines as an .ics calendar</source>
        <translation>eksportuj terminy do kalendarza .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a dispute packet (ZIP)</source>
        <translation>eksportuj pakiet sporu (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a packet against its manifest</source>
        <translation>sprawdź pakiet według jego manifestu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a backup of the database now</source>
        <translation>utwórz teraz kopię zapasową bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the backups of the database</source>
        <translation>wyświetl kopie zapasowe bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the data with a backup</source>
        <translation>zastąp dane kopią zapasową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database and the evidence files</source>
        <translation>sprawdź bazę danych i pliki dowodów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all your data (needs --yes)</source>
        <translation>usuń wszystkie dane (wymaga --yes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from an exporter file</source>
        <translation>importuj zamówienia z pliku eksportera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read order dates from the platform&apos;s e-mails</source>
        <translation>odczytaj daty zamówień z e-maili platformy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the database and its evidence to another database</source>
        <translation>kopiuj bazę danych i jej dowody do innej bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every stored order with its protection end, dispute deadline, days left and state.</source>
        <translation>Wyświetl wszystkie zapisane zamówienia z końcem ochrony, terminem sporu, pozostałymi dniami i stanem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON (every stored field)</source>
        <translation>wypisz JSON (wszystkie zapisane pola)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the orders assigned to you (ALIASSIST_NAME, or your database role on a team database)</source>
        <translation>tylko zamówienia przypisane do Ciebie (ALIASSIST_NAME lub Twoja rola w bazie danych zespołu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the order to NAME (&quot;me&quot;: yourself, that is ALIASSIST_NAME or your database role on a team database); without NAME, to nobody. Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Przypisz zamówienie osobie NAME („me”: sobie, czyli ALIASSIST_NAME lub Twojej roli w bazie danych zespołu); bez NAME — nikomu. Powiadomienia o terminach przypisanego zamówienia trafiają tylko do tej osoby; gdy zamówienie nie jest nikomu przypisane, ostrzegani są wszyscy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who looks after the order (&quot;me&quot; for yourself); leave out to unassign</source>
        <translation>kto zajmuje się zamówieniem („me” dla siebie); pomiń, aby usunąć przypisanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>wypisz JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clocks not yet passed that fall within the window, earliest first: of the orders assigned to you or to nobody (every order while your name is not known).</source>
        <translation>Terminy, które jeszcze nie minęły i mieszczą się w oknie, od najwcześniejszego: dla zamówień przypisanych do Ciebie lub do nikogo (wszystkie zamówienia, dopóki Twoje imię nie jest znane).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days ahead to look (default 14)</source>
        <translation>ile dni naprzód sprawdzać (domyślnie 14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people</source>
        <translation>także zamówienia przypisane do innych osób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from an AliAssist data file (format aliassist-data, version 1). Same platform and order number update, never duplicate; the whole file goes in as one transaction, or nothing does.</source>
        <translation>Importuj zamówienia z pliku danych AliAssist (format aliassist-data, wersja 1). Ta sama platforma i numer zamówienia aktualizują, nigdy nie duplikują; cały plik trafia do bazy w jednej transakcji albo nie trafia wcale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the report as JSON</source>
        <translation>wypisz raport jako JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every order to a data file, and the evidence files into a folder beside it (FILE-evidence/).</source>
        <translation>Zapisz wszystkie zamówienia do pliku danych, a pliki dowodów do folderu obok niego (FILE-evidence/).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a planned dispute against the platform&apos;s forbidden abuses and the message rules. Exit 0 when nothing blocks it, 1 when something does, 2 for bad input.</source>
        <translation>Sprawdź planowany spór pod kątem zakazanych przez platformę nadużyć i zasad wiadomości. Kod wyjścia 0, gdy nic go nie blokuje, 1, gdy coś blokuje, 2 przy błędnych danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (not_received, not_as_described, ...)</source>
        <translation>powód sporu (not_received, not_as_described, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item, counted from 0 (default: the whole order)</source>
        <translation>produkt, licząc od 0 (domyślnie: całe zamówienie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full_refund, partial_refund (with --amount) or return_and_refund</source>
        <translation>full_refund, partial_refund (z --amount) lub return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partial refund you ask for, e.g. 5.00</source>
        <translation>żądany częściowy zwrot, np. 5.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the text from a UTF-8 file (- for standard input)</source>
        <translation>odczytaj tekst z pliku UTF-8 (- dla standardowego wejścia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the message checks (review threats, links, deals outside the platform, abusive language, reviews for something) on a text. Exit 0 when nothing blocks it, 1 when something does.</source>
        <translation>Uruchom kontrole wiadomości (groźby dotyczące opinii, linki, umowy poza platformą, obraźliwy język, opinie w zamian za coś) dla tekstu. Kod wyjścia 0, gdy nic nie blokuje, 1, gdy coś blokuje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes are named by the order number and the dispute: its number in the order (dispute 1, 2, ...) or the platform&apos;s dispute id. The dispute may be left out when the order has one (or only one running).</source>
        <translation>Spory wskazuje się numerem zamówienia i sporem: jego numerem w zamówieniu (spór 1, 2, ...) lub ID sporu na platformie. Spór można pominąć, gdy zamówienie ma jeden (lub tylko jeden trwający).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order&apos;s disputes, steps and clocks</source>
        <translation>spory zamówienia, etapy i terminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft the description to file from the order&apos;s facts</source>
        <translation>przygotuj opis do zgłoszenia z faktów zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute you filed on the platform</source>
        <translation>zapisz spór zgłoszony na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the seller answered the dispute</source>
        <translation>zapisz, że sprzedawca odpowiedział na spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you escalated the dispute to the platform</source>
        <translation>zapisz, że spór przekazano platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform asked for the item back</source>
        <translation>zapisz, że platforma poprosiła o zwrot produktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you shipped the item back</source>
        <translation>zapisz, że produkt odesłano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the money came back (records the refund as a payment)</source>
        <translation>zapisz, że pieniądze wróciły (zwrot zapisywany jest jako płatność)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform decided against you</source>
        <translation>zapisz, że platforma rozstrzygnęła na Twoją niekorzyść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you cancelled the dispute</source>
        <translation>zapisz, że spór anulowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the dispute is over</source>
        <translation>zapisz, że spór się zakończył</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back the last step recorded on a dispute (by mistake)</source>
        <translation>wycofaj ostatni etap zapisany w sporze (przez pomyłkę)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a refund, chargeback or payment-provider claim</source>
        <translation>zapisz zwrot pieniędzy, chargeback lub roszczenie u operatora płatności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a dispute description from the order&apos;s facts (dates, item, tracking) and your own words (--text), within the form&apos;s length limit.</source>
        <translation>Przygotuj opis sporu z faktów zamówienia (daty, produkt, przesyłka) i własnych słów (--text) w limicie długości formularza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a dispute as opened. The pre-check runs first: when it blocks, nothing is recorded (exit 1) unless --force (the dispute is already filed).</source>
        <translation>Zapisz spór jako otwarty. Najpierw uruchamia się wstępna kontrola: gdy blokuje, nic nie jest zapisywane (kod wyjścia 1), chyba że podano --force (spór jest już zgłoszony).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute id</source>
        <translation>ID sporu na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was opened (default: now)</source>
        <translation>kiedy go otwarto (domyślnie: teraz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record it even when the pre-check blocks it</source>
        <translation>zapisz, nawet gdy wstępna kontrola blokuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the seller answered the dispute.</source>
        <translation>Zapisz, że sprzedawca odpowiedział na spór.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number (from 1) or platform dispute id</source>
        <translation>numer (od 1) lub ID sporu na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it happened (default: now)</source>
        <translation>kiedy to się stało (domyślnie: teraz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with the step</source>
        <translation>notatka zapisana z etapem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you escalated the dispute to the platform.</source>
        <translation>Zapisz, że spór przekazano platformie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform asked for the item back.</source>
        <translation>Zapisz, że platforma poprosiła o zwrot produktu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>numer przesyłki zwrotnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you shipped the item back.</source>
        <translation>Zapisz, że produkt odesłano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the money came back (records the refund as a payment).</source>
        <translation>Zapisz, że pieniądze wróciły (zwrot zapisywany jest jako płatność).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount refunded (default: everything paid, less refunds already received)</source>
        <translation>zwrócona kwota (domyślnie: wszystko zapłacone minus już otrzymane zwroty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform decided against you.</source>
        <translation>Zapisz, że platforma rozstrzygnęła na Twoją niekorzyść.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you cancelled the dispute.</source>
        <translation>Zapisz, że spór anulowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the dispute is over.</source>
        <translation>Zapisz, że spór się zakończył.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last step recorded on a dispute: its status and dates become what the earlier steps made them, and the refund a `refunded` step recorded goes too.</source>
        <translation>Usuń ostatni etap zapisany w sporze: jego status i daty wrócą do stanu z wcześniejszych etapów, a zwrot zapisany przez etap `refunded` także zostanie usunięty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record money that came back or was claimed outside a dispute step. A chargeback or provider claim blocks any later dispute on the order.</source>
        <translation>Zapisz pieniądze, które wróciły lub były dochodzone poza etapem sporu. Chargeback lub roszczenie u operatora płatności blokuje każdy późniejszy spór dotyczący zamówienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund, partial_refund, chargeback or provider_claim</source>
        <translation>refund, partial_refund, chargeback lub provider_claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal, your card issuer, ...</source>
        <translation>PayPal, wydawca Twojej karty, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute it belongs to, if any</source>
        <translation>spór, którego to dotyczy, jeśli jest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default: now)</source>
        <translation>kiedy (domyślnie: teraz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence to capture for a dispute reason, each item with whether the order&apos;s files fill it. Exit 1 while a required item is missing.</source>
        <translation>Dowody do zebrania dla powodu sporu, z informacją przy każdej pozycji, czy pokrywają ją pliki zamówienia. Kod wyjścia 1, dopóki brakuje wymaganej pozycji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (policy id, e.g. not_as_described); default: the reason of --dispute</source>
        <translation>powód sporu (ID w zasadach, np. not_as_described); domyślnie: powód z --dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the files of the order&apos;s dispute N (from 1) too</source>
        <translation>licz także pliki sporu N zamówienia (od 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files into the evidence vault (stored once by SHA-256, never changed) and attach them to an order. Every file is checked first; if one is unfit, nothing is attached.</source>
        <translation>Skopiuj pliki do magazynu dowodów (przechowywane raz według SHA-256, nigdy nie zmieniane) i dołącz je do zamówienia. Najpierw sprawdzany jest każdy plik; jeśli jeden się nie nadaje, nic nie zostanie dołączone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files are: own_photo, own_video, listing_capture, tracking_capture, chat_capture or document</source>
        <translation>czym są pliki: own_photo, own_video, listing_capture, tracking_capture, chat_capture lub document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checklist item they fill</source>
        <translation>pozycja listy, którą wypełniają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to the order&apos;s dispute N (from 1) rather than the whole order</source>
        <translation>dołącz do sporu N zamówienia (od 1) zamiast do całego zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with each file</source>
        <translation>notatka zapisana z każdym plikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was attached as JSON</source>
        <translation>wypisz dołączone pliki jako JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file attached to an order, with the warnings of the evidence checks (photo taken before delivery, looks like the seller&apos;s picture, unfit for upload).</source>
        <translation>Wszystkie pliki dołączone do zamówienia, z ostrzeżeniami kontroli dowodów (zdjęcie wykonane przed doręczeniem, wygląda jak zdjęcie sprzedawcy, nie nadaje się do przesłania).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the order-level files and those of dispute N (from 1)</source>
        <translation>tylko pliki na poziomie zamówienia i pliki sporu N (od 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove files from an order&apos;s evidence. The stored copy is deleted only when no order refers to it any more.</source>
        <translation>Usuń pliki z dowodów zamówienia. Zapisana kopia jest usuwana dopiero, gdy żadne zamówienie już się do niej nie odwołuje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an index as `evidence` lists it, a file name, or the start of a SHA-256</source>
        <translation>indeks wyświetlany przez `evidence`, nazwa pliku lub początek SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the warnings due now (one catch-up summary when several are due) and log them as shown, so neither this command nor the window repeats them. For cron or Task Scheduler.</source>
        <translation>Wypisz bieżące ostrzeżenia (jedno zbiorcze podsumowanie, gdy jest ich kilka) i oznacz je jako pokazane, aby ani to polecenie, ani okno ich nie powtarzało. Dla crona lub Harmonogramu zadań.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check once and exit (required: the window&apos;s tray does the schedule)</source>
        <translation>sprawdź raz i zakończ (wymagane: harmonogramem zajmuje się zasobnik okna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what is due without logging it as shown</source>
        <translation>wypisz bieżące bez oznaczania jako pokazane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one calendar event per running clock (DTSTART in UTC) with an alarm at each warning threshold. Event UIDs stay the same across exports, so importing a newer file updates the events instead of duplicating them.</source>
        <translation>Zapisz jedno zdarzenie kalendarza dla każdego biegnącego terminu (DTSTART w UTC) z alarmem przy każdym progu ostrzeżenia. UID zdarzeń są takie same w kolejnych eksportach, więc import nowszego pliku aktualizuje zdarzenia zamiast je duplikować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calendar file to write</source>
        <translation>plik kalendarza do zapisania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people (without it: the orders assigned to you or to nobody)</source>
        <translation>także zamówienia przypisane do innych osób (bez tego: zamówienia przypisane do Ciebie lub do nikogo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one ZIP with summary.pdf, message.txt (the description to paste), the evidence files named by checklist item, and manifest.json with the SHA-256 of every file. Refused (exit 1, nothing written) when the pre-check blocks the dispute, unless --force; the manifest then records the override.</source>
        <translation>Zapisz jeden ZIP z summary.pdf, message.txt (opis do wklejenia), plikami dowodów nazwanymi według pozycji listy oraz manifest.json z SHA-256 każdego pliku. Odmowa (kod wyjścia 1, nic nie zapisano), gdy wstępna kontrola blokuje spór, chyba że podano --force; manifest odnotowuje wtedy obejście.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recorded dispute: its number (from 1) or the platform&apos;s id</source>
        <translation>zapisany spór: jego numer (od 1) lub ID na platformie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned dispute&apos;s reason</source>
        <translation>powód planowanego sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the item, counted from 0</source>
        <translation>(planowany) produkt, licząc od 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) full_refund, partial_refund (with --amount), return_and_refund</source>
        <translation>(planowany) full_refund, partial_refund (z --amount), return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the partial refund asked</source>
        <translation>(planowany) żądany częściowy zwrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the packet</source>
        <translation>gdzie zapisać pakiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it even though the pre-check blocks the dispute</source>
        <translation>zapisz, nawet gdy wstępna kontrola blokuje spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary&apos;s paper size (default: by your locale)</source>
        <translation>rozmiar papieru podsumowania (domyślnie: według ustawień regionalnych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the GPS position photos may hold (by default the packet&apos;s copies leave it out; the vault keeps the originals)</source>
        <translation>zachowaj pozycję GPS, którą mogą zawierać zdjęcia (domyślnie kopie w pakiecie ją pomijają; magazyn przechowuje oryginały)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was written as JSON</source>
        <translation>wypisz zapisane pliki jako JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of every file in a dispute packet and report files that changed, are missing or were added. Exit 0 when all match, 1 otherwise.</source>
        <translation>Przelicz SHA-256 każdego pliku w pakiecie sporu i zgłoś pliki zmienione, brakujące lub dodane. Kod wyjścia 0, gdy wszystko się zgadza, w przeciwnym razie 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the database into its backups folder (beside it) now. Backups are also made at start (once a day) and before every upgrade; 7 daily and 4 weekly ones are kept.</source>
        <translation>Skopiuj teraz bazę danych do folderu kopii zapasowych (obok niej). Kopie są też tworzone przy uruchomieniu (raz dziennie) i przed każdą aktualizacją; przechowywanych jest 7 dziennych i 4 tygodniowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the backup as JSON</source>
        <translation>wypisz kopię zapasową jako JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database, newest first. Works even when the database itself is damaged.</source>
        <translation>Wyświetl kopie zapasowe bazy danych, od najnowszej. Działa nawet wtedy, gdy sama baza danych jest uszkodzona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the list as JSON</source>
        <translation>wypisz listę jako JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database&apos;s content with a backup. The data it replaces is saved as a backup first, so a restore can be undone. A damaged database is moved aside, never overwritten.</source>
        <translation>Zastąp zawartość bazy danych kopią zapasową. Zastępowane dane są najpierw zapisywane jako kopia zapasowa, więc przywrócenie można cofnąć. Uszkodzona baza danych jest przenoszona na bok, nigdy nadpisywana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name from `aliassist backups`, `latest` (the newest good one), or the path of a backup file</source>
        <translation>nazwa z `aliassist backups`, `latest` (najnowsza dobra) lub ścieżka do pliku kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run SQLite&apos;s full integrity check and check every evidence file the orders refer to (present, and unchanged since it was stored). Exit 1 when something is wrong.</source>
        <translation>Uruchom pełną kontrolę integralności SQLite i sprawdź każdy plik dowodu, do którego odwołują się zamówienia (czy istnieje i czy nie zmienił się od zapisania). Kod wyjścia 1, gdy coś jest nie tak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that evidence files exist without reading their content</source>
        <translation>sprawdź, czy pliki dowodów istnieją, bez odczytywania ich zawartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the database, the evidence vault, the backups and any damaged copies. Files you exported (data files, dispute packets) are not touched. Without --yes, only shows what would be deleted. Make a portable copy first with `aliassist export-data FILE.json` if you may want it back.</source>
        <translation>Usuń bazę danych, magazyn dowodów, kopie zapasowe i wszelkie uszkodzone kopie. Wyeksportowane pliki (pliki danych, pakiety sporu) pozostają nienaruszone. Bez --yes tylko pokazuje, co zostałoby usunięte. Najpierw utwórz przenośną kopię przez `aliassist export-data FILE.json`, jeśli dane mogą być jeszcze potrzebne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>really delete everything</source>
        <translation>naprawdę usuń wszystko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was deleted as JSON</source>
        <translation>wypisz usunięte elementy jako JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from the CSV or XLSX of the AliExpress Order Exporter, the TSV of the AliExpress Bulk Order Exporter (also as a spreadsheet saved them: CSV, XLSX, ODS), or any CSV/TSV whose columns were mapped once (in the window, or with --map). The layout is recognised from the header. Good rows go in as one transaction; bad rows are reported with their line and skipped. Exit 0: every row imported; 1: some rows skipped; 2: nothing could be read, or the file&apos;s dates or currency need --dates or --currency.</source>
        <translation>Importuj zamówienia z pliku CSV lub XLSX programu AliExpress Order Exporter, pliku TSV programu AliExpress Bulk Order Exporter (także zapisanych przez arkusz kalkulacyjny: CSV, XLSX, ODS) lub dowolnego pliku CSV/TSV, którego kolumny raz przypisano (w oknie lub przez --map). Układ jest rozpoznawany z nagłówka. Poprawne wiersze trafiają do bazy w jednej transakcji; błędne są zgłaszane z numerem wiersza i pomijane. Kod wyjścia 0: zaimportowano wszystkie wiersze; 1: pominięto niektóre wiersze; 2: nic nie dało się odczytać albo daty lub waluta pliku wymagają --dates lub --currency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would be imported, and write nothing</source>
        <translation>pokaż, co zostałoby zaimportowane, i nic nie zapisuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</source>
        <translation>wypisz {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the buyer account these orders belong to (an e-mail or a name)</source>
        <translation>konto kupującego, do którego należą te zamówienia (e-mail lub nazwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of amounts written without one (the Bulk Order Exporter&apos;s); without it such a file stops with exit 2 and says so</source>
        <translation>waluta kwot zapisanych bez niej (jak w Bulk Order Exporter); bez niej taki plik zatrzymuje się z kodem wyjścia 2 i to zgłasza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read a file of another layout: which column (its header, or #N counted from 1) fills each field; remembered for files with the same header. Fields: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</source>
        <translation>odczytaj plik o innym układzie: która kolumna (jej nagłówek lub #N licząc od 1) wypełnia każde pole; zapamiętywane dla plików z tym samym nagłówkiem. Pola: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric dates are month/day/year, day/month/year or year-month-day; needed only when the file&apos;s dates read both ways (03/05/26) and none of them tells (exit 2 says so)</source>
        <translation>daty liczbowe to miesiąc/dzień/rok, dzień/miesiąc/rok lub rok-miesiąc-dzień; potrzebne tylko, gdy daty pliku można czytać na oba sposoby (03/05/26) i żadna tego nie rozstrzyga (kod wyjścia 2 to zgłasza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the platform&apos;s e-mails from mail files on this computer (.eml files and folders of them, mbox files such as Thunderbird&apos;s local folders or a Google Takeout .mbox, Maildir folders) and fill the shipped, delivered and receipt-confirmed dates the app left empty; orders known only from mail are added. A date you entered is never overwritten; the same mail read again changes nothing. Exit 0: all read; 1: some messages or files were skipped; 2: nothing could be read.</source>
        <translation>Odczytaj e-maile platformy z plików poczty na tym komputerze (pliki .eml i ich foldery, pliki mbox, takie jak foldery lokalne Thunderbirda lub .mbox z Google Takeout, foldery Maildir) i uzupełnij puste daty wysyłki, doręczenia i potwierdzenia odbioru; zamówienia znane tylko z poczty zostaną dodane. Wpisana przez Ciebie data nigdy nie jest nadpisywana; ponowne odczytanie tej samej poczty niczego nie zmienia. Kod wyjścia 0: wszystko odczytano; 1: pominięto niektóre wiadomości lub pliki; 2: nic nie dało się odczytać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would change, and write nothing</source>
        <translation>pokaż, co by się zmieniło, i nic nie zapisuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; or &quot;file&quot;, &quot;reason&quot;}]}</source>
        <translation>wypisz {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; lub &quot;file&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every order, dispute, step, payment, setting and evidence file of the database (--db or --database-url) to the database URL names: a team database (postgresql+psycopg://...) or a SQLite file (sqlite:///path). Then check the copy: the rows of every table counted on both sides and every evidence file read back from the target with its SHA-256, printed at the end. The source is not changed. Exit 1 when the check finds a difference.</source>
        <translation>Kopiuje każde zamówienie, spór, krok, płatność, ustawienie i plik dowodu z bazy danych (--db lub --database-url) do bazy danych wskazanej przez URL: zespołowej bazy danych (postgresql+psycopg://...) lub pliku SQLite (sqlite:///path). Następnie sprawdza kopię: wiersze każdej tabeli są liczone po obu stronach, a każdy plik dowodu jest ponownie odczytywany z celu razem z SHA-256; wynik jest wyświetlany na końcu. Źródło nie jest zmieniane. Kod wyjścia 1, gdy sprawdzenie wykryje różnicę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database to copy to: postgresql+psycopg://... or sqlite:///path</source>
        <translation>baza danych docelowa: postgresql+psycopg://... lub sqlite:///path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target holds data: delete it first (without this, a target that is not empty is refused and nothing is changed)</source>
        <translation>cel zawiera dane: najpierw je usuń (bez tej opcji niepusty cel jest odrzucany i nic nie jest zmieniane)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/imports.py" line="+68"/>
        <source>{item} is not FIELD=COLUMN</source>
        <translation>{item} nie ma postaci FIELD=COLUMN</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>would import %n new order(s)</source>
        <translation>
            <numerusform>zostanie zaimportowane %n nowe zamówienie</numerusform>
            <numerusform>zostaną zaimportowane %n nowe zamówienia</numerusform>
            <numerusform>zostanie zaimportowanych %n nowych zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n new order(s)</source>
        <translation>
            <numerusform>zaimportowano %n nowe zamówienie</numerusform>
            <numerusform>zaimportowano %n nowe zamówienia</numerusform>
            <numerusform>zaimportowano %n nowych zamówień</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{layout}: {new}, {updated} updated, {unchanged} unchanged, {skipped}</source>
        <translation>{layout}: {new}, zaktualizowano: {updated}, bez zmian: {unchanged}, {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>pominięto %n wiersz</numerusform>
            <numerusform>pominięto %n wiersze</numerusform>
            <numerusform>pominięto %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>wiersz {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/mail.py" line="+56"/>
        <source>dry run: nothing was written</source>
        <translation>próbny przebieg: niczego nie zapisano</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/mail.py" line="-11"/>
        <source>order {number} (new, from mail)</source>
        <translation>zamówienie {number} (nowe, z poczty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {number}</source>
        <translation>zamówienie {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped {what}: {reason}</source>
        <translation>pominięto {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/notify.py" line="+54"/>
        <source>nothing due</source>
        <translation>nic pilnego</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as deadlines.ics</source>
        <translation>to folder; podaj nazwę pliku, np. deadlines.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {count} events to {file}</source>
        <translation>zapisano zdarzenia ({count}) do {file}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/orders.py" line="-75"/>
        <source>no order is assigned to you: `aliassist assign NUMBER me` assigns one</source>
        <extracomment>Marks a deadline that rests on an estimated date (the note under the table says so). The longest look-ahead `due --within` takes: a century of days covers every real clock.</extracomment>
        <translation>żadne zamówienie nie jest przypisane do Ciebie: `aliassist assign NUMBER me` przypisuje zamówienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders yet: add them in the window, or `aliassist import-data FILE.json`</source>
        <translation>brak zamówień: dodaj je w oknie lub `aliassist import-data FILE.json`</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <source>ORDER</source>
        <translation>ZAMÓWIENIE</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>STORE</source>
        <translation>SKLEP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACED</source>
        <translation>ZŁOŻONE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROTECTION ENDS</source>
        <translation>KONIEC OCHRONY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE BY</source>
        <translation>SPÓR DO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>STAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSIGNEE</source>
        <translation>PRZYPISANE DO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mark}: the deadline rests on an estimate (a receipt date inferred from the order&apos;s status, or the usual 90-day protection): enter the real date in the window (Dates to confirm), or read it from the platform&apos;s e-mails (`aliassist import-mail`)</source>
        <translation>{mark}: termin opiera się na szacunku (data odbioru wywnioskowana ze statusu zamówienia lub typowa 90-dniowa ochrona): wpisz rzeczywistą datę w oknie (Daty do potwierdzenia) lub odczytaj ją z e-maili platformy (`aliassist import-mail`)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} was already assigned to {who}</source>
        <translation>zamówienie {number} było już przypisane do: {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who} (was {before})</source>
        <translation>zamówienie {number} przypisano do: {who} (wcześniej: {before})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who}</source>
        <translation>zamówienie {number} przypisano do: {who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of days from 0 to {most}, not {given}</source>
        <translation>musi być liczbą dni od 0 do {most}, a nie {given}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing due within {days} day</source>
        <translation>brak terminów w ciągu {days} dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due within {days} days</source>
        <translation>brak terminów w ciągu {days} dni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DUE</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/output.py" line="+91"/>
        <source>disputes are numbered from 1 (dispute 1, 2, ...)</source>
        <extracomment>characters JSON may carry raw that a terminal would act on (DEL, C1 controls, bidirectional controls): printed as \uXXXX escapes, which JSON reads back as the same text</extracomment>
        <translation>spory są numerowane od 1 (spór 1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/packet.py" line="+68"/>
        <source>these describe a planned dispute; a recorded dispute has its own</source>
        <translation>te opcje opisują planowany spór; zapisany spór ma własne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {file} ({files} and a manifest, {size} bytes)</source>
        <translation>zapisano {file} ({files} i manifest, {size} bajtów)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+20"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>exported although the pre-check blocks this dispute: {rules} (recorded in the manifest)</source>
        <translation>wyeksportowano, choć wstępna kontrola blokuje ten spór: {rules} (odnotowano w manifeście)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK: all {files} match the manifest (order {order}, {reason}, made {made})</source>
        <translation>OK: wszystkie pliki ({files}) zgadzają się z manifestem (zamówienie {order}, {reason}, utworzono {made})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CHANGED</source>
        <translation>ZMIENIONY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>BRAK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <translation>NADMIAROWY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TWICE</source>
        <translation>DWUKROTNIE</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/safety.py" line="-24"/>
        <source>backup {name}: {description}</source>
        <translation>kopia zapasowa {name}: {description}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no backups yet of {database}</source>
        <translation>brak jeszcze kopii zapasowych {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable</source>
        <translation>nieczytelna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BACKUP</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MADE</source>
        <translation>UTWORZONA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>POWÓD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORDERS</source>
        <translation>ZAMÓWIENIA</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{orders}, {files}: {verdict}</source>
        <translation>{orders}, {files}: {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n plik dowodu</numerusform>
            <numerusform>%n pliki dowodów</numerusform>
            <numerusform>%n plików dowodów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all sound</source>
        <translation>wszystko w porządku</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to delete: there is no data at {database}</source>
        <translation>nie ma czego usuwać: brak danych w {database}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would delete {what}</source>
        <translation>zostanie usunięte: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was deleted; run again with --yes to delete all of it</source>
        <translation>niczego nie usunięto; uruchom ponownie z --yes, aby usunąć to wszystko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted {what}</source>
        <translation>usunięto: {what}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/migrate.py" line="+43"/>
        <source>the data {target} held was deleted first (--replace)</source>
        <translation>dane zawarte w {target} zostały najpierw usunięte (--replace)</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message numerus="yes">
        <location filename="../../aliassist/domain/draft.py" line="+40"/>
        <source>%n photo(s) of the item</source>
        <extracomment>(context, text, disambiguation, n) -&gt; the text in the draft&apos;s language, ``%n`` replaced by `n` (n &gt;= 0): aliassist.i18n.translate&apos;s signature, for a translator of the draft&apos;s own language the context of the draft&apos;s templates How each evidence kind is counted (&quot;2 photos of the item&quot;), in the draft&apos;s language.</extracomment>
        <translation>
            <numerusform>%n zdjęcie produktu</numerusform>
            <numerusform>%n zdjęcia produktu</numerusform>
            <numerusform>%n zdjęć produktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) of the item</source>
        <translation>
            <numerusform>%n film z produktem</numerusform>
            <numerusform>%n filmy z produktem</numerusform>
            <numerusform>%n filmów z produktem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n capture(s) of the listing</source>
        <translation>
            <numerusform>%n zrzut ekranu oferty</numerusform>
            <numerusform>%n zrzuty ekranu oferty</numerusform>
            <numerusform>%n zrzutów ekranu oferty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the tracking</source>
        <translation>
            <numerusform>%n zrzut ekranu śledzenia przesyłki</numerusform>
            <numerusform>%n zrzuty ekranu śledzenia przesyłki</numerusform>
            <numerusform>%n zrzutów ekranu śledzenia przesyłki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the chat with the seller</source>
        <translation>
            <numerusform>%n zrzut ekranu czatu ze sprzedawcą</numerusform>
            <numerusform>%n zrzuty ekranu czatu ze sprzedawcą</numerusform>
            <numerusform>%n zrzutów ekranu czatu ze sprzedawcą</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenty</numerusform>
            <numerusform>%n dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order {number}, placed on {date}.</source>
        <extracomment>Sentence priorities: lower stays longer when the draft must be cut to fit. the buyer&apos;s words had to be shortened to fit (the buyer should shorten them) facts left out to fit</extracomment>
        <translation>Zamówienie {number}, złożone {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on {date}.</source>
        <translation>Wysłane {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem: {reason}.</source>
        <translation>Problem: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>All %n item(s) of the order.</source>
        <translation>
            <numerusform>Wszystkie produkty zamówienia (%n).</numerusform>
            <numerusform>Wszystkie produkty zamówienia (%n).</numerusform>
            <numerusform>Wszystkie produkty zamówienia (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {number}</source>
        <translation>produkt {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}), quantity {quantity}.</source>
        <translation>Produkt: {item} ({sku}), ilość {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}).</source>
        <translation>Produkt: {item} ({sku}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}, quantity {quantity}.</source>
        <translation>Produkt: {item}, ilość {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}.</source>
        <translation>Produkt: {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number {number} ({carrier})</source>
        <translation>Numer przesyłki {number} ({carrier})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number {number}</source>
        <translation>Numer przesyłki {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>{tracking}.</source>
        <translation>{tracking}.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{tracking}: tracking says delivered around {date}, but the parcel was not handed to me.</source>
        <translation>{tracking}: według śledzenia przesyłkę doręczono około {date}, ale nie została mi wydana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered on {date}, but the parcel was not handed to me.</source>
        <translation>{tracking}: według śledzenia przesyłkę doręczono {date}, ale nie została mi wydana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered, but the parcel was not handed to me.</source>
        <translation>{tracking}: według śledzenia przesyłkę doręczono, ale nie została mi wydana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tracking}: the last tracking event on {date} is “{status}”.</source>
        <translation>{tracking}: ostatnie zdarzenie śledzenia z {date} to „{status}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tracking}: the last tracking event is “{status}”.</source>
        <translation>{tracking}: ostatnie zdarzenie śledzenia to „{status}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{list} and {last}</source>
        <translation>{list} i {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached: {list}.</source>
        <translation>W załączeniu: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ask for a full refund.</source>
        <translation>Proszę o pełny zwrot pieniędzy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I ask for a partial refund.</source>
        <translation>Proszę o częściowy zwrot pieniędzy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a partial refund of {amount}.</source>
        <translation>Proszę o częściowy zwrot pieniędzy w wysokości {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a refund, and I am ready to return the item.</source>
        <translation>Proszę o zwrot pieniędzy; mogę odesłać produkt.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../aliassist/gui/dispute/drafts.py" line="+21"/>
        <source>Keep a draft?</source>
        <translation>Zachować szkic?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft is kept for this order until you file it or discard it; it comes back when you open this window again.</source>
        <translation>Szkic jest przechowywany dla tego zamówienia, dopóki go nie zgłosisz lub nie odrzucisz; wróci po ponownym otwarciu tego okna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep draft</source>
        <translation>&amp;Zachowaj szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your draft from {time} is back. Close the window and choose Discard to throw it away.</source>
        <translation>Twój szkic z {time} wrócił. Zamknij okno i wybierz Odrzuć, aby go usunąć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your draft is back. Close the window and choose Discard to throw it away.</source>
        <translation>Twój szkic wrócił. Zamknij okno i wybierz Odrzuć, aby go usunąć.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="-100"/>
        <source>blocks</source>
        <extracomment>how each severity reads in the list of rules (translated where shown: &quot;guide&quot;)</extracomment>
        <translation>blokuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warns</source>
        <translation>ostrzega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informs</source>
        <translation>informuje</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s), informational</source>
        <translation>
            <numerusform>%n dzień, informacyjnie</numerusform>
            <numerusform>%n dni, informacyjnie</numerusform>
            <numerusform>%n dni, informacyjnie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Getting started with {app}</source>
        <translation>Pierwsze kroki z {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} keeps the Buyer Protection clocks of your {platform} orders, warns you before a deadline passes, checks a dispute before you file it, and keeps its evidence. It works offline: nothing leaves your computer.</source>
        <translation>{app} pilnuje terminów Ochrony Kupującego Twoich zamówień {platform}, ostrzega przed upływem terminu, sprawdza spór przed zgłoszeniem i przechowuje dowody. Działa offline: nic nie opuszcza Twojego komputera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to import your orders</source>
        <translation>Jak zaimportować zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your orders with a browser extension that exports them: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) or &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); any other CSV or TSV works too: the app asks once which column holds what.</source>
        <translation>Zapisz zamówienia za pomocą rozszerzenia przeglądarki, które je eksportuje: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) lub &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); działa też każdy inny CSV lub TSV: aplikacja raz zapyta, która kolumna zawiera co.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &lt;b&gt;File ▸ Import orders…&lt;/b&gt; (Ctrl+I), or drop the file on the window, or copy rows from a spreadsheet and press Ctrl+V.</source>
        <translation>Wybierz &lt;b&gt;Plik ▸ Importuj zamówienia…&lt;/b&gt; (Ctrl+I), upuść plik na okno albo skopiuj wiersze z arkusza kalkulacyjnego i naciśnij Ctrl+V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the preview (skipped rows say why), then &lt;b&gt;Import&lt;/b&gt;. Importing the same file again changes nothing; a newer export updates the orders and keeps what you added.</source>
        <translation>Sprawdź podgląd (przy pominiętych wierszach podano powód), a potem &lt;b&gt;Importuj&lt;/b&gt;. Ponowny import tego samego pliku niczego nie zmienia; nowszy eksport aktualizuje zamówienia i zachowuje to, co dodano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates in the platform&apos;s e-mails make the clocks exact: &lt;b&gt;File ▸ Import e-mails…&lt;/b&gt;. An order can also be added by hand from its order page: &lt;b&gt;File ▸ New order…&lt;/b&gt; (Ctrl+N).</source>
        <translation>Daty z e-maili platformy czynią terminy dokładnymi: &lt;b&gt;Plik ▸ Importuj e-maile…&lt;/b&gt;. Zamówienie można też dodać ręcznie z jego strony: &lt;b&gt;Plik ▸ Nowe zamówienie…&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the clocks mean</source>
        <translation>Co oznaczają terminy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order has a protection timer. A dispute can be opened while it runs and for a short time after the order completes; once a dispute is open, each step has its own clock. The table&apos;s &lt;b&gt;Days left&lt;/b&gt; counts down to the next one, the colours say how close it is, and the order pane shows them all on a timeline. A date given without a time counts from midnight in the platform&apos;s time zone, so a deadline shown is never later than the real one.</source>
        <translation>Każde zamówienie ma licznik ochrony. Spór można otworzyć, gdy licznik biegnie, oraz przez krótki czas po zakończeniu zamówienia; po otwarciu sporu każdy etap ma własny termin. Kolumna &lt;b&gt;Pozostało dni&lt;/b&gt; w tabeli odlicza do najbliższego z nich, kolory pokazują, jak jest blisko, a panel zamówienia pokazuje wszystkie na osi czasu. Data podana bez godziny liczy się od północy w strefie czasowej platformy, więc pokazany termin nigdy nie jest późniejszy niż rzeczywisty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the pre-check works</source>
        <translation>Jak działa wstępna kontrola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s terms forbid some uses of a dispute; breaking them can get the account penalised. &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt; (Ctrl+D) checks what you plan as you type: a &lt;b&gt;blocking&lt;/b&gt; finding means the app will not call the dispute ready or export its packet; a &lt;b&gt;warning&lt;/b&gt; says what to do about it. Each finding names its rule and its source, and the phrases that raise it are underlined. The same checks read a message to the seller or a review (&lt;b&gt;Dispute ▸ Message to seller…&lt;/b&gt;). The rules checked:</source>
        <translation>Warunki platformy zabraniają niektórych sposobów korzystania ze sporu; ich złamanie może skutkować karą dla konta. &lt;b&gt;Spór ▸ Nowy spór…&lt;/b&gt; (Ctrl+D) sprawdza Twój plan podczas pisania: uwaga &lt;b&gt;blokująca&lt;/b&gt; oznacza, że aplikacja nie uzna sporu za gotowy ani nie wyeksportuje jego pakietu; &lt;b&gt;ostrzeżenie&lt;/b&gt; mówi, co z tym zrobić. Każda uwaga podaje swoją zasadę i źródło, a wywołujące ją frazy są podkreślone. Te same kontrole obejmują wiadomość do sprzedawcy lub opinię (&lt;b&gt;Spór ▸ Wiadomość do sprzedawcy…&lt;/b&gt;). Sprawdzane zasady:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checklist beside it lists the evidence the reason needs; drop your photos and captures on its items. When nothing blocks, export the dispute packet: a summary, the evidence and a manifest that proves nothing was changed.</source>
        <translation>Lista obok wymienia dowody potrzebne dla tego powodu; upuść zdjęcia i zrzuty ekranu na jej pozycje. Gdy nic nie blokuje, wyeksportuj pakiet sporu: podsumowanie, dowody i manifest potwierdzający, że niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the rules come from</source>
        <translation>Skąd pochodzą zasady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy {policy} {version}. The platform changes its terms without notice: where sources disagree, the app takes the earlier deadline and the stricter check. An edited copy of the policy can be chosen in Settings.</source>
        <translation>Zasady {policy} {version}. Platforma zmienia swoje warunki bez uprzedzenia: gdy źródła się różnią, aplikacja przyjmuje wcześniejszy termin i ostrzejszą kontrolę. Poprawioną kopię zasad można wybrać w ustawieniach.</translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="-363"/>
        <source>month/day/year (3/25/2026)</source>
        <extracomment>Currencies offered for amounts written without one. how a file writes dates: (value, label; translated where shown, context &quot;import_dialogs&quot;)</extracomment>
        <translation>miesiąc/dzień/rok (3/25/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year (25/3/2026)</source>
        <translation>dzień/miesiąc/rok (25/3/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (2026-03-25)</source>
        <translation>rok-miesiąc-dzień (2026-03-25)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aliassist/gui/launch.py" line="+49"/>
        <source>warning: %1 is missing: some texts stay in English</source>
        <translation>ostrzeżenie: brak %1: niektóre teksty pozostają po angielsku</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{app} is already running on this database; its window was brought forward.</source>
        <translation>{app} już działa na tej bazie danych; jego okno przeniesiono na wierzch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} is already running</source>
        <translation>{app} już działa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another {app} (process {holder_pid}) is using {database} but does not answer. Close it and start again.</source>
        <translation>Inna instancja {app} (proces {holder_pid}) używa {database}, ale nie odpowiada. Zamknij ją i uruchom ponownie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{app} cannot start</source>
        <translation>Nie można uruchomić {app}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{app}: backup restored</source>
        <translation>{app}: przywrócono kopię zapasową</translation>
    </message>
</context>
<context>
    <name>mail_import</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-78"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Pliki poczty (*.eml *.mbox *.mbx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order placed</source>
        <translation>zamówienie złożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>opłacone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>doręczone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>odbiór potwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-confirm reminder</source>
        <translation>przypomnienie o automatycznym potwierdzeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute opened</source>
        <translation>spór otwarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute closed</source>
        <translation>spór zamknięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the mail files or folders on this computer that hold the platform&apos;s e-mails: &lt;b&gt;Thunderbird&lt;/b&gt; keeps each local folder as a file (Inbox) in its profile&apos;s Mail or ImapMail folder; &lt;b&gt;Google Takeout&lt;/b&gt; gives a .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; exports a mailbox as .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution and most programs save messages as .eml files (drag them into a folder); &lt;b&gt;Maildir&lt;/b&gt; folders are read as they are. The files are only read, here: nothing leaves this computer.</source>
        <translation>Wybierz pliki lub foldery poczty na tym komputerze, które zawierają e-maile platformy: &lt;b&gt;Thunderbird&lt;/b&gt; przechowuje każdy folder lokalny jako plik (Inbox) w folderze Mail lub ImapMail swojego profilu; &lt;b&gt;Google Takeout&lt;/b&gt; daje plik .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; eksportuje skrzynkę jako .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution i większość programów zapisuje wiadomości jako pliki .eml (przeciągnij je do folderu); foldery &lt;b&gt;Maildir&lt;/b&gt; są odczytywane bez zmian. Pliki są tu tylko odczytywane: nic nie opuszcza tego komputera.</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message numerus="yes">
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+34"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>minął %n dzień temu</numerusform>
            <numerusform>minął %n dni temu</numerusform>
            <numerusform>minął %n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than a day left</source>
        <translation>został mniej niż dzień</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>został %n dzień</numerusform>
            <numerusform>zostały %n dni</numerusform>
            <numerusform>zostało %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>order_pane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-144"/>
        <source>How are these dates worked out?</source>
        <translation>Jak obliczane są te daty?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{clock} (dispute {index})</source>
        <extracomment>the clock still matters in the order&apos;s state (drawn in colour; else grey)</extracomment>
        <translation>{clock} (spór {index})</translation>
    </message>
    <message>
        <location line="+123"/>
        <source> (an estimate: see below)</source>
        <translation> (szacunek: patrz niżej)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed on {date}</source>
        <translation>minął {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left, until {date}</source>
        <translation>został mniej niż dzień, do {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left, until {date}</source>
        <translation>
            <numerusform>został %n dzień, do {date}</numerusform>
            <numerusform>zostały %n dni, do {date}</numerusform>
            <numerusform>zostało %n dni, do {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show how each deadline follows from the order&apos;s dates</source>
        <translation>Pokaż, jak każdy termin wynika z dat zamówienia</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>około %n dnia</numerusform>
            <numerusform>około %n dni</numerusform>
            <numerusform>około %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the real date…</source>
        <translation>Wpisz rzeczywistą datę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the order page shows; the estimate is replaced</source>
        <translation>Wpisz datę widoczną na stronie zamówienia; szacunek zostanie zastąpiony</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Status przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Doręczono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt confirmed</source>
        <translation>Odbiór potwierdzony</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, opened {date}</source>
        <translation>, otwarty {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Item: {title}</source>
        <translation>&lt;br&gt;Produkt: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Asks for {amount}</source>
        <translation>&lt;br&gt;Żądanie: {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>został %n dzień</numerusform>
            <numerusform>zostały %n dni</numerusform>
            <numerusform>zostało %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>został mniej niż dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>minął</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next: {clock}&lt;/b&gt; by {date} ({when})</source>
        <translation>&lt;b&gt;Następny: {clock}&lt;/b&gt; do {date} ({when})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> via {provider}</source>
        <translation> przez {provider}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened</source>
        <extracomment>how a recorded dispute step reads in the history (the others: STEPS&apos; labels)</extracomment>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed despite the pre-check</source>
        <translation>Zgłoszony mimo wstępnej kontroli</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source> by {who}</source>
        <translation> — {who}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> on {time}</source>
        <translation> ({time})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved{by}{on}</source>
        <translation>Ostatni zapis{by}{on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute {index}</source>
        <translation>Spór {index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dispute} {step} on {date}{by}</source>
        <translation>{dispute}: {step} {date}{by}</translation>
    </message>
</context>
<context>
    <name>packet_export</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="-62"/>
        <source>No dispute recorded</source>
        <translation>Brak zapisanego sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} has no recorded dispute. Plan one with Dispute ▸ New dispute…; its packet can be exported from there.</source>
        <translation>Zamówienie {number} nie ma zapisanego sporu. Zaplanuj go przez Spór ▸ Nowy spór…; stamtąd można wyeksportować jego pakiet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export dispute packet</source>
        <translation>Eksportuj pakiet sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which dispute&apos;s packet?</source>
        <translation>Pakiet którego sporu?</translation>
    </message>
</context>
<context>
    <name>pane_evidence</name>
    <message>
        <location filename="../../aliassist/gui/workspace/pane_evidence.py" line="+32"/>
        <source>complete</source>
        <translation>kompletne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>brakuje wymaganych dowodów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reason}&lt;/b&gt; (dispute {index}): {done}</source>
        <translation>&lt;b&gt;{reason}&lt;/b&gt; (spór {index}): {done}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recommended</source>
        <translation>zalecane</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) kept in the evidence vault.</source>
        <translation>
            <numerusform>%n plik przechowywany w magazynie dowodów.</numerusform>
            <numerusform>%n pliki przechowywane w magazynie dowodów.</numerusform>
            <numerusform>%n plików przechowywanych w magazynie dowodów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence attached yet.</source>
        <translation>Nie dołączono jeszcze dowodów.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the evidence checklist…</source>
        <translation>Otwórz listę dowodów…</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../aliassist/i18n_policy.py" line="+62"/>
        <source>it</source>
        <extracomment>the context every policy text is translated in section -&gt; the keys of each of its entries that people read (a section of arrays of tables, such as checklists, holds lists of entries) the generated module, beside this one</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../aliassist/policy_strings.py" line="+13"/>
        <source>Buyer Protection ends</source>
        <translation>Koniec Ochrony Kupującego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protection timer on the order page. Open a dispute before it ends, or ask the seller to extend it.</source>
        <translation>Licznik ochrony na stronie zamówienia. Otwórz spór, zanim się skończy, albo poproś sprzedawcę o przedłużenie ochrony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day to open a dispute</source>
        <translation>Ostatni dzień na otwarcie sporu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispute can be opened during protection and up to 15 days after the order completes (receipt confirmed, or protection ended).</source>
        <translation>Spór można otworzyć w czasie trwania ochrony i do 15 dni po zakończeniu zamówienia (potwierdzenie odbioru lub koniec ochrony).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller must respond</source>
        <translation>Sprzedawca musi odpowiedzieć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the seller does not answer within 5 days, your proposal is carried out.</source>
        <translation>Jeśli sprzedawca nie odpowie w ciągu 5 dni, Twoja propozycja zostanie zrealizowana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the seller or escalate</source>
        <translation>Odpowiedz sprzedawcy lub przekaż spór platformie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller answered your dispute. Accept the proposal, reply with your evidence, or escalate to the platform before this; a dispute left unanswered can be closed.</source>
        <translation>Sprzedawca odpowiedział na Twój spór. Przed tym terminem zaakceptuj propozycję, odpowiedz, przedstawiając dowody, lub przekaż spór do rozstrzygnięcia platformie; spór pozostawiony bez odpowiedzi może zostać zamknięty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform steps in</source>
        <translation>Platforma interweniuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After escalation the platform reviews the case and steps in.</source>
        <translation>Po przekazaniu sporu platforma rozpatruje sprawę i interweniuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship the return</source>
        <translation>Odeślij produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return not shipped in time loses the refund.</source>
        <translation>Jeśli produkt nie zostanie odesłany na czas, zwrot pieniędzy przepada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the seller to extend protection</source>
        <translation>Poproś sprzedawcę o przedłużenie ochrony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for an extension on the order page 5 to 7 days before protection ends; only the seller can grant it.</source>
        <translation>Poproś o przedłużenie na stronie zamówienia 5–7 dni przed końcem ochrony; przyznać je może tylko sprzedawca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal claim window ends</source>
        <translation>Koniec terminu na roszczenie w PayPal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: PayPal accepts disputes within 180 days of payment. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Poza platformą: PayPal przyjmuje spory w ciągu 180 dni od płatności. Otwarcie takiego sporu zamyka drogę do sporu w AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card chargeback window ends (about)</source>
        <translation>Koniec terminu na chargeback kartą (w przybliżeniu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: card chargebacks are usually possible for about 120 days from the transaction. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Poza platformą: chargeback kartą jest zwykle możliwy przez około 120 dni od transakcji. Złożenie go zamyka drogę do sporu w AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item not received</source>
        <translation>Nie otrzymano produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tracking movement, the parcel is lost, or it was delivered to someone else.</source>
        <translation>Brak ruchu w śledzeniu przesyłki, paczka zaginęła lub została doręczona komuś innemu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the seller</source>
        <translation>Zwrócono do sprzedawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel going back to the seller.</source>
        <translation>Śledzenie przesyłki pokazuje, że paczka wraca do sprzedawcy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held at customs</source>
        <translation>Zatrzymano w urzędzie celnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs is holding the parcel (duties, missing documents, prohibited goods).</source>
        <translation>Urząd celny zatrzymał paczkę (cło, brakujące dokumenty, towary zakazane).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size, colour, material or function differ from the listing.</source>
        <translation>Rozmiar, kolor, materiał lub działanie różnią się od oferty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor quality</source>
        <translation>Niska jakość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects, bad workmanship, quality well below what the listing shows.</source>
        <translation>Wady, złe wykonanie, jakość znacznie gorsza od pokazanej w ofercie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not work</source>
        <translation>Nie działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item does not work or stopped working on arrival.</source>
        <translation>Produkt nie działa lub przestał działać zaraz po dostarczeniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Uszkodzony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item arrived broken or damaged.</source>
        <translation>Produkt dotarł zepsuty lub uszkodzony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation>Niewłaściwy produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You received a different item from the one you ordered.</source>
        <translation>Otrzymano inny produkt niż zamówiony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing parts or accessories</source>
        <translation>Brakujące części lub akcesoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts or accessories the listing includes are missing.</source>
        <translation>Brakuje części lub akcesoriów, które według oferty wchodzą w skład zestawu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer pieces than ordered</source>
        <translation>Mniej sztuk niż zamówiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel holds fewer pieces than you paid for.</source>
        <translation>Paczka zawiera mniej sztuk, niż zapłacono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty parcel</source>
        <translation>Pusta paczka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel arrived empty.</source>
        <translation>Paczka dotarła pusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterfeit</source>
        <translation>Podróbka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fake brand goods. This is also an intellectual-property violation by the seller.</source>
        <translation>Podrobione towary markowe. To także naruszenie własności intelektualnej przez sprzedawcę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return and refund</source>
        <translation>Zwrot produktu i pieniędzy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the platform decides the item goes back, you must ship it back before the refund is paid.</source>
        <translation>Jeśli platforma zdecyduje, że produkt ma zostać zwrócony, musisz go odesłać, zanim zwrot pieniędzy zostanie wypłacony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My photo of what I received</source>
        <translation>Moje zdjęcie otrzymanego produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My video</source>
        <translation>Moje wideo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the listing</source>
        <translation>Zrzut ekranu oferty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the tracking</source>
        <translation>Zrzut ekranu śledzenia przesyłki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the chat with the seller</source>
        <translation>Zrzut ekranu czatu ze sprzedawcą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (customs notice, carrier statement, report)</source>
        <translation>Dokument (zawiadomienie celne, oświadczenie przewoźnika, protokół)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds like revenge</source>
        <translation>Wygląda na zemstę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text reads as revenge on the seller. Disputes opened to retaliate are forbidden; describe only what is wrong with the order, and leave out how you feel about the seller.</source>
        <translation>Tekst wygląda na zemstę na sprzedawcy. Spory otwierane w odwecie są zabronione; opisz tylko, co jest nie tak z zamówieniem, i pomiń swoje odczucia wobec sprzedawcy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: write only what is wrong with the order and what you ask for.</source>
        <translation>Usuń „{found}”: napisz tylko, co jest nie tak z zamówieniem i czego żądasz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concrete reason</source>
        <translation>Brak konkretnego powodu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes without real reasons are forbidden. Choose a reason and describe concrete facts: what you ordered, what you received or what tracking shows, and when.</source>
        <translation>Spory bez rzeczywistych powodów są zabronione. Wybierz powód i opisz konkretne fakty: co zamówiono, co otrzymano lub co pokazuje śledzenie przesyłki, oraz kiedy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt already confirmed</source>
        <translation>Odbiór już potwierdzony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirmed receipt of this order, so claiming it was not received counts as a false claim. If something is wrong with what arrived, choose a received-item reason instead.</source>
        <translation>Odbiór tego zamówienia został potwierdzony, więc twierdzenie, że nie dotarło, jest traktowane jako fałszywe roszczenie. Jeśli coś jest nie tak z tym, co dotarło, wybierz powód dotyczący otrzymanego produktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered</source>
        <translation>Śledzenie pokazuje „doręczono”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel as delivered. If it never reached you, get a written statement from the carrier or post office that it was not handed to you, and attach it.</source>
        <translation>Według śledzenia przesyłki paczka została doręczona. Jeśli do Ciebie nie dotarła, uzyskaj od przewoźnika lub na poczcie pisemne oświadczenie, że nie została Ci wydana, i dołącz je.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo or video of what you received</source>
        <translation>Brak zdjęcia lub wideo otrzymanego produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim about the item you received needs at least one of your own photos or videos of it. Photograph or film the item (and the difference from the listing), then attach it.</source>
        <translation>Roszczenie dotyczące otrzymanego produktu wymaga co najmniej jednego własnego zdjęcia lub wideo tego produktu. Sfotografuj lub nagraj produkt (i różnicę względem oferty), a następnie dołącz plik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No capture of the listing</source>
        <translation>Brak zrzutu ekranu oferty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show the item is not as described, attach a capture of the listing (title, photos, specifications) as it was when you ordered.</source>
        <translation>Aby wykazać, że produkt jest niezgodny z opisem, dołącz zrzut ekranu oferty (tytuł, zdjęcia, specyfikacja) w postaci z chwili złożenia zamówienia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence missing</source>
        <translation>Brak dowodów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required evidence for this reason is missing. Attach the items the checklist marks as required before you file.</source>
        <translation>Brakuje wymaganych dowodów dla tego powodu. Przed złożeniem sporu dołącz elementy, które lista oznacza jako wymagane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already refunded</source>
        <translation>Już zwrócono pieniądze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full refund is recorded for this order. Opening a dispute after a refund is forbidden.</source>
        <translation>Dla tego zamówienia zapisano pełny zwrot pieniędzy. Otwieranie sporu po zwrocie pieniędzy jest zabronione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargeback or payment claim already made</source>
        <translation>Chargeback lub roszczenie płatnicze już złożone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card chargeback or a payment-provider claim (PayPal or similar) is recorded for this order. A platform dispute on top of it is forbidden; follow the claim you opened instead.</source>
        <translation>Dla tego zamówienia zapisano chargeback kartą lub roszczenie u operatora płatności (PayPal lub podobnego). Dodatkowy spór na platformie jest zabroniony; kontynuuj złożone już roszczenie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund already received</source>
        <translation>Częściowy zwrot pieniędzy już otrzymany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund is recorded for this order. A new dispute must be about a different problem, and any refund asked must not count the amount already paid back.</source>
        <translation>Dla tego zamówienia zapisano częściowy zwrot pieniędzy. Nowy spór musi dotyczyć innego problemu, a żądany zwrot nie może obejmować kwoty już zwróconej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demands beyond the listing</source>
        <translation>Żądania wykraczające poza ofertę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute asks for goods, parts, services, discounts or coupons that were not part of the listing, or ties a review to a demand. That is treated as blackmail. Ask only for a refund or a return of what you paid for.</source>
        <translation>Spór żąda towarów, części, usług, rabatów lub kuponów, które nie były częścią oferty, albo uzależnia opinię od spełnienia żądania. Jest to traktowane jako szantaż. Żądaj tylko zwrotu pieniędzy lub zwrotu tego, za co zapłacono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask only for a refund or a return of what you paid for, and leave reviews and extras out of it.</source>
        <translation>Usuń „{found}”: żądaj tylko zwrotu pieniędzy lub zwrotu tego, za co zapłacono, i pomiń opinie oraz dodatki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund above what was paid</source>
        <translation>Zwrot wyższy niż zapłacona kwota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund asked is more than was paid for this order (less any refund already received). Ask for at most what you paid.</source>
        <translation>Żądany zwrot przekracza kwotę zapłaconą za to zamówienie (pomniejszoną o już otrzymane zwroty). Żądaj najwyżej tyle, ile zapłacono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same dispute already exists</source>
        <translation>Taki spór już istnieje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dispute for this order and item with the same reason. Several disputes for the same reason are forbidden; continue the existing one.</source>
        <translation>Dla tego zamówienia i produktu istnieje już spór z tym samym powodem. Kilka sporów z tego samego powodu jest zabronionych; kontynuuj istniejący.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening a cancelled dispute</source>
        <translation>Ponowne otwarcie anulowanego sporu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled a dispute with the same reason on this order and no refund was paid. Reopen it only with new facts, and say what changed.</source>
        <translation>Spór z tym samym powodem dla tego zamówienia został anulowany i nie wypłacono zwrotu pieniędzy. Otwórz go ponownie tylko w razie nowych faktów i napisz, co się zmieniło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late to open a dispute</source>
        <translation>Za późno na otwarcie sporu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute window for this order has closed. A dispute can no longer be opened on the platform.</source>
        <translation>Termin na spór dla tego zamówienia minął. Nie można już otworzyć sporu na platformie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same item disputed from another account</source>
        <translation>Ten sam produkt w sporze z innego konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same listing or store item is disputed from another of your accounts. Linked accounts are penalised together; dispute it from one account only.</source>
        <translation>Ta sama oferta lub produkt sklepu jest przedmiotem sporu z innego z Twoich kont. Powiązane konta są karane razem; otwieraj spór tylko z jednego konta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description too long</source>
        <translation>Zbyt długi opis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute form does not take a description this long. Keep to what is wrong, what you ordered and what you ask for, and leave out the rest.</source>
        <translation>Formularz sporu nie przyjmuje tak długiego opisu. Ogranicz się do tego, co jest nie tak, co zamówiono i czego żądasz, a resztę pomiń.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatens a negative review</source>
        <translation>Groźba negatywnej opinii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatening a negative review to get something is forbidden and can get your reviews removed and your account blocked. State the problem and the remedy you ask for, without the threat.</source>
        <translation>Grożenie negatywną opinią, aby coś uzyskać, jest zabronione i może skutkować usunięciem Twoich opinii oraz zablokowaniem konta. Opisz problem i oczekiwane rozwiązanie, bez groźby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: describe the problem and the refund or return you ask for, without mentioning a review.</source>
        <translation>Usuń „{found}”: opisz problem oraz zwrot pieniędzy lub produktu, którego żądasz, bez wspominania o opinii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to another site</source>
        <translation>Link do innej witryny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to sites other than the platform are not allowed in messages and reviews. Attach a capture instead of linking to it.</source>
        <translation>Linki do witryn innych niż platforma są niedozwolone w wiadomościach i opiniach. Zamiast linku dołącz zrzut ekranu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: attach a capture or the file itself instead of a link.</source>
        <translation>Usuń „{found}”: zamiast linku dołącz zrzut ekranu lub sam plik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal outside the platform</source>
        <translation>Transakcja poza platformą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers to pay or trade outside the platform lose Buyer Protection and break the rules. Keep payment and refunds on the platform.</source>
        <translation>Propozycje zapłaty lub wymiany poza platformą powodują utratę Ochrony Kupującego i naruszają zasady. Płatności i zwroty realizuj na platformie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for the refund or the answer here, on the platform, not by app, card or transfer.</source>
        <translation>Usuń „{found}”: poproś o zwrot pieniędzy lub odpowiedź tutaj, na platformie, a nie przez aplikację, kartę czy przelew.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language</source>
        <translation>Obraźliwy język</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insults, profanity and threats break the communication rules and weaken your case. Keep to the facts.</source>
        <translation>Obelgi, wulgaryzmy i groźby naruszają zasady komunikacji i osłabiają Twoją sprawę. Trzymaj się faktów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: say what is wrong in plain, calm words.</source>
        <translation>Usuń „{found}”: opisz, co jest nie tak, prostymi i spokojnymi słowami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review in exchange for something</source>
        <translation>Opinia w zamian za coś</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for or offering a review in exchange for a refund, gift or anything else is review manipulation. Leave it out.</source>
        <translation>Proszenie o opinię lub oferowanie jej w zamian za zwrot pieniędzy, prezent czy cokolwiek innego to manipulowanie opiniami. Pomiń to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for what you want on its own, and keep your review to your honest opinion of the item.</source>
        <translation>Usuń „{found}”: poproś o to, czego chcesz, osobno, a w opinii wyraź tylko szczerą ocenę produktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo taken before the item could arrive</source>
        <translation>Zdjęcie zrobione, zanim produkt mógł dotrzeć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This photo was taken before the item could have reached you (before it shipped, or before the order date). Use photos of what you received, taken after it arrived.</source>
        <translation>To zdjęcie zrobiono, zanim produkt mógł do Ciebie dotrzeć (przed wysyłką lub przed datą zamówienia). Użyj zdjęć otrzymanego produktu zrobionych po jego dostarczeniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looks like the seller&apos;s picture</source>
        <translation>Wygląda na zdjęcie sprzedawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like the seller&apos;s picture, not your photo of what you received. Mark it as a listing capture, or replace it with your own photo.</source>
        <translation>To wygląda na zdjęcie sprzedawcy, a nie na Twoje zdjęcie otrzymanego produktu. Oznacz je jako zrzut ekranu oferty lub zastąp własnym zdjęciem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform will not take this file</source>
        <translation>Platforma nie przyjmie tego pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is too large or in a format the dispute form does not accept (HEIC from phones, for one). The dispute packet converts it to a JPEG within the limit; attach the converted copy.</source>
        <translation>Ten plik jest za duży lub ma format, którego formularz sporu nie przyjmuje (np. HEIC z telefonów). Pakiet sporu konwertuje go do JPEG w ramach limitu; dołącz przekonwertowaną kopię.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history</source>
        <translation>Historia śledzenia przesyłki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the whole tracking history from the order page or the carrier&apos;s site, with the last event and its date.</source>
        <translation>Zrób zrzut ekranu całej historii śledzenia ze strony zamówienia lub witryny przewoźnika, z ostatnim zdarzeniem i jego datą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel never moved, was lost, or went elsewhere.</source>
        <translation>Pokazuje, że paczka nigdy się nie przemieściła, zaginęła lub trafiła gdzie indziej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier or post-office statement</source>
        <translation>Oświadczenie przewoźnika lub poczty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your post office or the carrier for a written statement that the parcel was not delivered to you.</source>
        <translation>Poproś swoją placówkę pocztową lub przewoźnika o pisemne oświadczenie, że paczka nie została Ci doręczona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered; only the carrier&apos;s statement outweighs it.</source>
        <translation>Śledzenie przesyłki pokazuje „doręczono”; przeważyć to może tylko oświadczenie przewoźnika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat with the seller</source>
        <translation>Czat ze sprzedawcą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the missing parcel and their answers.</source>
        <translation>Zrób zrzuty ekranu swoich wiadomości do sprzedawcy w sprawie zaginionej paczki oraz jego odpowiedzi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you tried to resolve it first.</source>
        <translation>Pokazuje, że najpierw próbowano rozwiązać problem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history showing the return</source>
        <translation>Historia śledzenia pokazująca zwrot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel going back to the seller.</source>
        <translation>Zrób zrzut ekranu zdarzeń śledzenia, które pokazują, że paczka wraca do sprzedawcy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proves the parcel never reached you.</source>
        <translation>Dowodzi, że paczka nigdy do Ciebie nie dotarła.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the return.</source>
        <translation>Zrób zrzuty ekranu swoich wiadomości do sprzedawcy w sprawie zwrotu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official customs notice</source>
        <translation>Oficjalne zawiadomienie celne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or photograph the official notice from customs (why it is held, what it asks for).</source>
        <translation>Zeskanuj lub sfotografuj oficjalne zawiadomienie z urzędu celnego (dlaczego paczka jest zatrzymana, czego się wymaga).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform decides customs cases on the official notice.</source>
        <translation>Platforma rozstrzyga sprawy celne na podstawie oficjalnego zawiadomienia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel held at customs.</source>
        <translation>Zrób zrzut ekranu zdarzeń śledzenia, które pokazują zatrzymanie paczki w urzędzie celnym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows where the parcel stopped and since when.</source>
        <translation>Pokazuje, gdzie paczka się zatrzymała i od kiedy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the customs hold.</source>
        <translation>Zrób zrzuty ekranu swoich wiadomości do sprzedawcy w sprawie zatrzymania w urzędzie celnym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you asked the seller for the documents customs needs.</source>
        <translation>Pokazuje, że poproszono sprzedawcę o dokumenty wymagane przez urząd celny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the item</source>
        <translation>Twoje zdjęcia produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of the item you received, in daylight, showing every difference from the listing.</source>
        <translation>Wyraźne zdjęcia otrzymanego produktu w świetle dziennym, pokazujące każdą różnicę względem oferty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case rests on your own photos of what arrived.</source>
        <translation>Sprawa opiera się na Twoich własnych zdjęciach tego, co dotarło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing as it was when you ordered: title, photos, size chart and specifications.</source>
        <translation>Zrób zrzut ekranu oferty w postaci z chwili złożenia zamówienia: tytuł, zdjęcia, tabela rozmiarów i specyfikacja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what the seller promised.</source>
        <translation>Pokazuje, co obiecał sprzedawca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item beside a ruler, with its size label</source>
        <translation>Produkt obok linijki, z metką rozmiaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay the item flat beside a ruler or tape measure, and photograph the size label.</source>
        <translation>Połóż produkt płasko obok linijki lub miarki krawieckiej i sfotografuj metkę z rozmiarem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a wrong size, measurements settle it.</source>
        <translation>Przy niewłaściwym rozmiarze rozstrzygają pomiary.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller listing the differences.</source>
        <translation>Zrób zrzuty ekranu swoich wiadomości do sprzedawcy z wyliczeniem różnic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close-ups of the defects</source>
        <translation>Zbliżenia wad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharp close-up photos of every defect, with the whole item in at least one.</source>
        <translation>Ostre zdjęcia każdej wady w zbliżeniu, na co najmniej jednym cały produkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality claims are judged on the defects you show.</source>
        <translation>Roszczenia jakościowe ocenia się na podstawie pokazanych wad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing photos and description of the quality promised.</source>
        <translation>Zrób zrzut ekranu zdjęć i opisu z oferty, które obiecują daną jakość.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the gap between promise and product.</source>
        <translation>Pokazuje różnicę między obietnicą a produktem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video of the fault</source>
        <translation>Wideo usterki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Film the item being set up and used as the listing says, showing that it does not work (power, buttons, screen), in one continuous take.</source>
        <translation>Nagraj jednym ciągłym ujęciem, jak produkt jest uruchamiany i używany zgodnie z ofertą, pokazując, że nie działa (zasilanie, przyciski, ekran).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronics cases are decided on a video of the fault.</source>
        <translation>Sprawy dotyczące elektroniki rozstrzyga się na podstawie wideo usterki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item, its model label and serial number.</source>
        <translation>Zdjęcia produktu, jego tabliczki z modelem i numeru seryjnego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the unit you received.</source>
        <translation>Identyfikuje otrzymany egzemplarz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing&apos;s specifications and instructions.</source>
        <translation>Zrób zrzut ekranu specyfikacji i instrukcji z oferty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the function the seller promised.</source>
        <translation>Pokazuje funkcję obiecaną przez sprzedawcę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the damage</source>
        <translation>Zdjęcia uszkodzeń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of every damaged part of the item.</source>
        <translation>Wyraźne zdjęcia każdej uszkodzonej części produktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived broken.</source>
        <translation>Pokazuje, co dotarło zepsute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel with its label</source>
        <translation>Paczka z etykietą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the outer packaging from all sides, with the shipping label readable, before you throw it away.</source>
        <translation>Zanim wyrzucisz opakowanie zewnętrzne, sfotografuj je ze wszystkich stron z czytelną etykietą wysyłkową.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken packaging shows the damage happened in transit.</source>
        <translation>Uszkodzone opakowanie pokazuje, że do uszkodzenia doszło w transporcie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office damage report</source>
        <translation>Protokół szkody z poczty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the parcel was visibly damaged, ask the post office for a damage report.</source>
        <translation>Jeśli paczka była widocznie uszkodzona, poproś na poczcie o sporządzenie protokołu szkody.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official report of transit damage.</source>
        <translation>Oficjalny protokół uszkodzenia w transporcie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of what you received</source>
        <translation>Twoje zdjęcia otrzymanego produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item you received, with any labels or model numbers.</source>
        <translation>Zdjęcia otrzymanego produktu wraz z etykietami lub numerami modelu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived instead.</source>
        <translation>Pokazuje, co dotarło zamiast zamówionego produktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of what you ordered</source>
        <translation>Zrzut ekranu zamówionego produktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing and the option (colour, size, model) you chose.</source>
        <translation>Zrób zrzut ekranu oferty i wybranego wariantu (kolor, rozmiar, model).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have arrived.</source>
        <translation>Pokazuje, co powinno było dotrzeć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label</source>
        <translation>Etykieta paczki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label with your order&apos;s details.</source>
        <translation>Sfotografuj etykietę wysyłkową z danymi zamówienia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties the item to this order.</source>
        <translation>Łączy produkt z tym zamówieniem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that was in the parcel</source>
        <translation>Wszystko, co było w paczce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out everything that arrived and photograph it in one picture.</source>
        <translation>Rozłóż wszystko, co dotarło, i sfotografuj na jednym zdjęciu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows exactly what is missing.</source>
        <translation>Pokazuje dokładnie, czego brakuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing&apos;s list of contents</source>
        <translation>Zawartość zestawu według oferty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the part of the listing that says what is included.</source>
        <translation>Zrób zrzut ekranu części oferty, w której podano zawartość zestawu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have been in the parcel.</source>
        <translation>Pokazuje, co powinno było być w paczce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label with its weight</source>
        <translation>Etykieta paczki z wagą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label; the declared weight can show parts were never sent.</source>
        <translation>Sfotografuj etykietę wysyłkową; deklarowana waga może wykazać, że części nigdy nie wysłano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared weight against actual contents.</source>
        <translation>Deklarowana waga w porównaniu z faktyczną zawartością.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All pieces, counted</source>
        <translation>Wszystkie sztuki, policzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out every piece you received so they can be counted in one photo.</source>
        <translation>Rozłóż wszystkie otrzymane sztuki tak, aby dało się je policzyć na jednym zdjęciu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many pieces arrived.</source>
        <translation>Pokazuje, ile sztuk dotarło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity you ordered</source>
        <translation>Zamówiona ilość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing or order page showing the quantity and pack size.</source>
        <translation>Zrób zrzut ekranu oferty lub strony zamówienia z ilością i liczbą sztuk w opakowaniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many you paid for.</source>
        <translation>Pokazuje, za ile sztuk zapłacono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label and the declared weight.</source>
        <translation>Sfotografuj etykietę wysyłkową i deklarowaną wagę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the parcel from all sides with its label readable, and the empty inside.</source>
        <translation>Sfotografuj paczkę ze wszystkich stron z czytelną etykietą oraz jej puste wnętrze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel arrived without the item.</source>
        <translation>Pokazuje, że paczka dotarła bez produktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unboxing video</source>
        <translation>Wideo z rozpakowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have one, a continuous video of opening the parcel.</source>
        <translation>Jeśli je masz: ciągłe nagranie otwierania paczki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest proof the parcel was empty.</source>
        <translation>Najmocniejszy dowód, że paczka była pusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office report with the weight</source>
        <translation>Protokół z poczty z wagą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the post office for a report with the parcel&apos;s weight on arrival.</source>
        <translation>Poproś na poczcie o protokół z wagą paczki w chwili doręczenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official record of an empty or underweight parcel.</source>
        <translation>Oficjalny zapis pustej lub niedoważonej paczki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the brand marks</source>
        <translation>Twoje zdjęcia oznaczeń marki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of logos, labels, tags, serial numbers and packaging of what you received.</source>
        <translation>Zdjęcia logo, etykiet, metek, numerów seryjnych i opakowania otrzymanego produktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the marks that make it fake.</source>
        <translation>Pokazuje oznaczenia, po których widać podróbkę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing showing the brand it claims.</source>
        <translation>Zrób zrzut ekranu oferty, w której podano rzekomą markę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the seller sold it as the brand.</source>
        <translation>Pokazuje, że sprzedawca sprzedawał produkt jako markowy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof it is not genuine</source>
        <translation>Dowód, że to nie oryginał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement from the brand, or a comparison with a genuine item.</source>
        <translation>Oświadczenie marki lub porównanie z oryginalnym produktem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirms the item is counterfeit.</source>
        <translation>Potwierdza, że produkt jest podrobiony.</translation>
    </message>
</context>
</TS>
