<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/assign_dialog.py" line="+28"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several people</source>
        <translation>mehrere Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign {what} to a person (now: {now}). Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>{what} einer Person zuweisen (aktuell: {now}). Fristhinweise zu einer zugewiesenen Bestellung gehen nur an diese Person; eine niemandem zugewiesene Bestellung warnt alle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me ({me})</source>
        <translation>Ich ({me})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to &amp;nobody</source>
        <translation>&amp;Niemandem zuweisen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>type a name, or choose one</source>
        <translation>Namen eingeben oder auswählen</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../aliassist/services/assignment.py" line="+59"/>
        <source>who you are is not known on this database</source>
        <extracomment>the name that stands for the current user (`assign NUMBER me`) what to do when the current user has no name</extracomment>
        <translation>Wer Sie sind, ist in dieser Datenbank nicht bekannt</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../aliassist/notify/autostart.py" line="+134"/>
        <source>cannot change the start-at-login entry: {problem}</source>
        <extracomment>the file written (Linux, macOS) or the registry key (Windows) the file&apos;s content, or the registry value (the command line)</extracomment>
        <translation>Der Autostart-Eintrag kann nicht geändert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+57"/>
        <source>Backups</source>
        <extracomment>the data was replaced by a backup: whatever shows it must reload</extracomment>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AliAssist copies the database once a day when it starts and before every upgrade. It keeps the newest backup of each of the last {days} days and of the {weeks} weeks before them.</source>
        <translation>AliAssist kopiert die Datenbank einmal täglich beim Start und vor jedem Upgrade. Es behält die neueste Sicherung jedes der letzten {days} Tage und der {weeks} Wochen davor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups are made of the SQLite database file only; this is a server database. Use the server&apos;s own backup tools.</source>
        <translation>Gesichert wird nur die SQLite-Datenbankdatei; dies ist eine Server-Datenbank. Verwenden Sie die Sicherungswerkzeuge des Servers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backups yet: the first is made the next time AliAssist starts with orders stored, or now with “Back up now”.</source>
        <translation>Noch keine Sicherungen: Die erste wird beim nächsten Start von AliAssist mit gespeicherten Bestellungen erstellt oder jetzt mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup was made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up: {backup}.</source>
        <translation>Gesichert: {backup}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your current data with the backup of {backup}?

Your current data is saved as a backup first, so you can go back to it.</source>
        <translation>Alle aktuellen Daten durch die Sicherung vom {backup} ersetzen?

Ihre aktuellen Daten werden zuerst gesichert, sodass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was restored</source>
        <translation>Nichts wiederhergestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../aliassist/notify/calendar.py" line="+58"/>
        <source>{label}: order {number} ({store})</source>
        <translation>{label}: Bestellung {number} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {store}</source>
        <translation>Bestellung {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: order {number}</source>
        <translation>{label}: Bestellung {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} until {deadline}.</source>
        <translation>{label} bis {deadline}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute {number} of the order</source>
        <translation>Streitfall {number} der Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{label} in %n day(s): order {number}</source>
        <translation>
            <numerusform>{label} in %n Tag: Bestellung {number}</numerusform>
            <numerusform>{label} in %n Tagen: Bestellung {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="+79"/>
        <source>Missing: the evidence vault no longer holds this file. Add it again, or remove it.</source>
        <translation>Fehlt: Der Nachweis-Speicher enthält diese Datei nicht mehr. Fügen Sie sie erneut hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Drop files on an item, or use “Add files…”. Files are copied into the evidence vault and never changed; your originals stay where they are.</source>
        <translation>Ziehen Sie Dateien auf einen Eintrag oder verwenden Sie „Dateien hinzufügen…“. Dateien werden in den Nachweis-Speicher kopiert und nie verändert; Ihre Originale bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence checklist items</source>
        <extracomment>text colours for the palette in force (see theme.tone)</extracomment>
        <translation>Einträge der Nachweis-Checkliste</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Evidence for “{label}”</source>
        <translation>Nachweise für „{label}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence complete</source>
        <translation>Erforderliche Nachweise vollständig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>%n erforderlicher Eintrag fehlt</numerusform>
            <numerusform>%n erforderliche Einträge fehlen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} (missing)</source>
        <translation>{name} (fehlt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken {time}</source>
        <translation>Aufgenommen {time}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Checks on your files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfungen Ihrer Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence files</source>
        <translation>Nachweisdateien hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;All files (*)</source>
        <translation>Fotos, Videos und Dokumente (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding evidence…</source>
        <translation>Nachweise werden hinzugefügt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added {files}.</source>
        <translation>Hinzugefügt: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already attached: {files}.</source>
        <translation>Bereits angehängt: {files}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added</source>
        <translation>Nichts hinzugefügt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts for</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No particular item</source>
        <translation>Kein bestimmter Artikel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from evidence…</source>
        <translation>Aus Nachweisen entfernen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change evidence file {name} of order {number}</source>
        <translation>Nachweisdatei {name} der Bestellung {number} ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot change the file</source>
        <translation>Datei kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit ▸ Undo (Ctrl+Z) brings it back</source>
        <translation>Bearbeiten ▸ Rückgängig (Strg+Z) stellt sie wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy is deleted unless another order uses it</source>
        <translation>Die gespeicherte Kopie wird gelöscht, sofern keine andere Bestellung sie verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this order&apos;s evidence?

{later}; your original file is not touched.</source>
        <translation>„{name}“ aus den Nachweisen dieser Bestellung entfernen?

{later}; Ihre Originaldatei bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove evidence file {name} of order {number}</source>
        <translation>Nachweisdatei {name} der Bestellung {number} entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the file</source>
        <translation>Datei kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}. Ctrl+Z brings it back.</source>
        <translation>{name} entfernt. Strg+Z stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name} (its stored copy is kept: other evidence uses it).</source>
        <translation>{name} entfernt (die gespeicherte Kopie bleibt erhalten: andere Nachweise verwenden sie).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+75"/>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; is not the export of a known exporter. Say once which column holds what; AliAssist remembers it for files with the same columns. The order number and the order date are needed; everything else is optional.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ist kein Export eines bekannten Exportprogramms. Geben Sie einmal an, welche Spalte was enthält; AliAssist merkt sich das für Dateien mit denselben Spalten. Bestellnummer und Bestelldatum sind erforderlich, alles andere ist optional.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— not in the file —</source>
        <translation>— nicht in der Datei —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column {index}</source>
        <translation>Spalte {index}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates are written:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember for files with these columns</source>
        <translation>Für Dateien mit diesen Spalten merken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the column of: {fields}</source>
        <translation>Wählen Sie die Spalte für: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One column is chosen for two things.</source>
        <translation>Eine Spalte ist für zwei Felder gewählt.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../aliassist/services/context.py" line="+89"/>
        <source>{now} is outside the years {first} to {last} the app&apos;s clocks cover</source>
        <extracomment>a fixed instant for every clock read (--now), or None for the real time why the policy chosen in Settings could not be used, when it could not the years `--now` may name: the clocks&apos; arithmetic stays within datetime&apos;s range</extracomment>
        <translation>{now} liegt außerhalb der Jahre {first} bis {last}, die die Uhren der App abdecken</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/recovery_dialog.py" line="+33"/>
        <source>{app}: the database is damaged</source>
        <translation>{app}: Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Your AliAssist database cannot be used: it is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre AliAssist-Datenbank kann nicht verwendet werden: Sie ist beschädigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found: {problem}.</source>
        <translation>Gefunden wurde: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted. The damaged file was moved aside and is kept unchanged:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</source>
        <translation>Nichts wurde gelöscht. Die beschädigte Datei wurde beiseitegelegt und bleibt unverändert erhalten:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from &lt;b&gt;{made}&lt;/b&gt;. Restore it to carry on where it left off; anything entered after it was made has to be entered again.</source>
        <translation>Die letzte intakte Sicherung stammt vom &lt;b&gt;{made}&lt;/b&gt;. Stellen Sie sie wieder her, um dort weiterzumachen; alles, was danach eingegeben wurde, muss erneut eingegeben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no good backup to restore. You can start with an empty database and import a data file you exported earlier.</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen. Sie können mit einer leeren Datenbank beginnen und eine früher exportierte Datendatei importieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the latest good backup</source>
        <translation>Letzte intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty database</source>
        <translation>Mit leerer Datenbank beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../aliassist/services/datafile.py" line="+132"/>
        <source>the file {name} has changed since it was exported (its SHA-256 differs from the one recorded)</source>
        <translation>Die Datei {name} wurde seit dem Export geändert (ihr SHA-256 weicht vom gespeicherten ab)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as orders.json</source>
        <translation>ist ein Ordner; geben Sie einen Dateinamen wie orders.json an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {name} is missing from the vault ({path})</source>
        <translation>Nachweisdatei {name} fehlt im Nachweis-Speicher ({path})</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+16"/>
        <source>Your data</source>
        <extracomment>everything was deleted: the app must close</extracomment>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything AliAssist keeps stays on this computer and is never sent anywhere: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;File ▸ Export data file… writes a portable copy (a JSON file and the evidence files).</source>
        <translation>Alles, was AliAssist speichert, bleibt auf diesem Computer und wird nirgendwohin gesendet: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Datei ▸ Datendatei exportieren… schreibt eine portable Kopie (eine JSON-Datei und die Nachweisdateien).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was deleted</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your data was deleted</source>
        <translation>Alle Ihre Daten wurden gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, the evidence files and the backups were deleted. AliAssist closes now; it starts empty next time.</source>
        <translation>Die Datenbank, die Nachweisdateien und die Sicherungen wurden gelöscht. AliAssist wird jetzt geschlossen und startet beim nächsten Mal leer.</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/database_settings.py" line="+46"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use now: a team database&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <extracomment>the result of the last &quot;Test connection&quot; (None: not tested yet)</extracomment>
        <translation>Aktuell verwendet: eine Team-Datenbank&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: the file on this computer&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <translation>Aktuell verwendet: die Datei auf diesem Computer&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people or computers can share one set of orders on a PostgreSQL server. Give its address to open it from the next start; leave the field empty to use the file on this computer.</source>
        <translation>Mehrere Personen oder Computer können einen gemeinsamen Bestellbestand auf einem PostgreSQL-Server nutzen. Geben Sie seine Adresse an, um ihn ab dem nächsten Start zu öffnen; lassen Sie das Feld leer, um die Datei auf diesem Computer zu verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team database URL</source>
        <translation>URL der Team-Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: AliAssist never stores one. It is read from &lt;b&gt;~/.pgpass&lt;/b&gt; (or the file &lt;b&gt;PGPASSFILE&lt;/b&gt; names) or a service file (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, then &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), as every PostgreSQL program does.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: AliAssist speichert nie eines. Es wird aus &lt;b&gt;~/.pgpass&lt;/b&gt; (oder der Datei, die &lt;b&gt;PGPASSFILE&lt;/b&gt; nennt) oder einer Service-Datei (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, dann &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;) gelesen, wie bei jedem PostgreSQL-Programm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;nobr&gt;--database-url&lt;/nobr&gt; or &lt;nobr&gt;--db&lt;/nobr&gt; on the command line, or ALIASSIST_DATABASE_URL or ALIASSIST_DB in the environment, take precedence over this choice. It is kept in {file}.</source>
        <translation>&lt;nobr&gt;--database-url&lt;/nobr&gt; oder &lt;nobr&gt;--db&lt;/nobr&gt; auf der Befehlszeile oder ALIASSIST_DATABASE_URL bzw. ALIASSIST_DB in der Umgebung haben Vorrang vor dieser Auswahl. Sie wird in {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From the next start: the file on this computer.</source>
        <translation>Ab dem nächsten Start: die Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start: this team database (chosen in Settings).</source>
        <translation>Ab dem nächsten Start: diese Team-Datenbank (in den Einstellungen gewählt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: back to the file on this computer, from the next start.</source>
        <translation>Bei OK: ab dem nächsten Start zurück zur Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: this team database is opened from the next start of AliAssist.</source>
        <translation>Bei OK: Diese Team-Datenbank wird ab dem nächsten Start von AliAssist geöffnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reachable. {message}</source>
        <translation>Erreichbar. {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use it: {message}</source>
        <translation>Nicht verwendbar: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the next start, AliAssist opens the database file on this computer again. Restart AliAssist to switch now.</source>
        <translation>Ab dem nächsten Start öffnet AliAssist wieder die Datenbankdatei auf diesem Computer. Starten Sie AliAssist neu, um jetzt zu wechseln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start, AliAssist opens the team database {database}. Restart AliAssist to switch now. (The choice is kept in {file}.)</source>
        <translation>Ab dem nächsten Start öffnet AliAssist die Team-Datenbank {database}. Starten Sie AliAssist neu, um jetzt zu wechseln. (Die Auswahl wird in {file} gespeichert.)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../aliassist/i18n.py" line="+313"/>
        <source>{instant} your time</source>
        <extracomment>language code -&gt; the language&apos;s own name, as the Settings list shows it the language the texts are written in (no translator needed) the languages with a translation (a .ts source, a .qm at run time) the environment variable naming the language (after --lang, before Settings) a language the system names without the region the app speaks it for how an instant&apos;s date reads in words, where the day is not simply followed by the month the language in force (None: none was put in force, the texts are the source&apos;s) its translators (the app&apos;s and Qt&apos;s), kept alive here, and the application they are in the language to put in force at the first text translated (use_language_lazily)</extracomment>
        <translation>{instant} Ihre Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until {deadline}</source>
        <translation>bis {deadline}</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+13"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;This deletes everything AliAssist keeps on this computer.&lt;/b&gt; It cannot be undone.</source>
        <translation>&lt;b&gt;Damit wird alles gelöscht, was AliAssist auf diesem Computer speichert.&lt;/b&gt; Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you exported (data files, dispute packets) are not touched. To keep a copy you can import later, export it first.</source>
        <translation>Von Ihnen exportierte Dateien (Datendateien, Streitfall-Pakete) bleiben unberührt. Um eine später importierbare Kopie zu behalten, exportieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a copy first…</source>
        <translation>Zuerst eine Kopie exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To confirm, type &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;{word}&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To confirm, type {word}</source>
        <translation>Zur Bestätigung {word} eingeben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>AliAssist-Daten (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n order(s) to {path}.</source>
        <translation>
            <numerusform>%n Bestellung nach {path} geschrieben.</numerusform>
            <numerusform>%n Bestellungen nach {path} geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeStepsDialog</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_steps.py" line="+48"/>
        <source>The seller responded</source>
        <translation>Der Verkäufer hat geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I escalated it to the platform</source>
        <translation>Ich habe an die Plattform eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform asked for the item back</source>
        <translation>Die Plattform hat den Artikel zurückverlangt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I shipped the item back</source>
        <translation>Ich habe den Artikel zurückgeschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money came back</source>
        <translation>Das Geld ist zurückgekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform decided against me</source>
        <translation>Die Plattform hat gegen mich entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cancelled the dispute</source>
        <translation>Ich habe den Streitfall abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute is over</source>
        <translation>Der Streitfall ist beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Volle Rückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Kartenrückbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Reklamation beim Zahlungsanbieter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute steps — order {number}</source>
        <translation>Streitfall-Schritte — Bestellung {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disputes of the order</source>
        <translation>Streitfälle der Bestellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps recorded</source>
        <translation>Erfasste Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a step</source>
        <translation>Schritt erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everything paid, less refunds</source>
        <translation>alles Bezahlte, abzüglich Rückerstattungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>Sendungsnummer der Rücksendung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step</source>
        <translation>Schritt erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove last step…</source>
        <translation>Letzten Schritt entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last step of this dispute, recorded by mistake (Edit ▸ Undo brings it back)</source>
        <translation>Den letzten, versehentlich erfassten Schritt dieses Streitfalls zurücknehmen (Bearbeiten ▸ Rückgängig stellt ihn wieder her)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened:</source>
        <translation>Was geschah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Amount refunded:</source>
        <translation>Erstatteter Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return tracking:</source>
        <translation>Rücksendungsverfolgung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record money outside a dispute step</source>
        <translation>Geld außerhalb eines Streitfall-Schritts erfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayPal, your card issuer, …</source>
        <translation>PayPal, Ihr Kartenaussteller, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dispute {index} ({platform_id})</source>
        <translation>Streitfall {index} ({platform_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute {index}</source>
        <translation>Streitfall {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This order has no disputes yet: start one with &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt;. Payments can still be recorded here.</source>
        <translation>Diese Bestellung hat noch keine Streitfälle: Beginnen Sie einen mit &lt;b&gt;Streitfall ▸ Neuer Streitfall…&lt;/b&gt;. Zahlungen können trotzdem hier erfasst werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Dispute {index}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Streitfall {index}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked {amount}</source>
        <translation>{amount} gefordert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return tracking {tracking}</source>
        <translation>Rücksendungsverfolgung {tracking}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{clock}: {date}&lt;/b&gt; (running)</source>
        <translation>&lt;b&gt;{clock}: {date}&lt;/b&gt; (läuft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {date} (stopped)</source>
        <translation>{clock}: {date} (angehalten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dispute has no next step: it is settled.</source>
        <translation>Dieser Streitfall hat keinen nächsten Schritt: Er ist erledigt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record step “{step}” on dispute {index} of order {number}</source>
        <translation>Schritt „{step}“ für Streitfall {index} der Bestellung {number} erfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {step}.</source>
        <translation>Erfasst: {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded: {step}. {payment} of {amount} recorded.</source>
        <translation>Erfasst: {step}. {payment} über {amount} erfasst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove last step</source>
        <translation>Letzten Schritt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the step “{step}” ({time}) from dispute {index}?

The dispute goes back to what the earlier steps made it; a refund recorded with the step is removed too. Edit ▸ Undo (Ctrl+Z) brings the step back.</source>
        <translation>Den Schritt „{step}“ ({time}) aus Streitfall {index} entfernen?

Der Streitfall kehrt in den Stand der früheren Schritte zurück; eine mit dem Schritt erfasste Rückerstattung wird ebenfalls entfernt. Bearbeiten ▸ Rückgängig (Strg+Z) stellt den Schritt wieder her.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove step “{step}” of dispute {index} of order {number}</source>
        <translation>Schritt „{step}“ von Streitfall {index} der Bestellung {number} entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed the step “{step}”. Ctrl+Z brings it back.</source>
        <translation>Schritt „{step}“ entfernt. Strg+Z stellt ihn wieder her.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {payment} on order {number}</source>
        <translation>{payment} für Bestellung {number} erfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {payment} of {amount}.</source>
        <translation>Erfasst: {payment} über {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {payment}.</source>
        <translation>Erfasst: {payment}.</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_wizard.py" line="+70"/>
        <source>Choose a reason and describe what happened: the pre-check reads it as you type.</source>
        <extracomment>How long typing pauses before the pre-check runs again (ms). the finding an empty form always raises; not shown as a problem before anything is entered</extracomment>
        <translation>Wählen Sie einen Grund und beschreiben Sie, was passiert ist: Die Vorprüfung liest beim Tippen mit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New dispute — order {number}</source>
        <extracomment>the chosen reason id, or None (the evidence checklist follows it)</extracomment>
        <translation>Neuer Streitfall — Bestellung {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>paid {amount}</source>
        <translation>{amount} bezahlt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1  What is wrong</source>
        <translation>1  Was ist falsch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole order</source>
        <translation>Die ganze Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {index}</source>
        <translation>Artikel {index}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2  Describe it in your own words</source>
        <translation>2  Beschreiben Sie es mit eigenen Worten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facts only: what you ordered, what arrived or what tracking shows, and when. For example: “I ordered size M in red; the dress is orange and the label says S.”</source>
        <translation>Nur Fakten: was Sie bestellt haben, was ankam oder was die Sendungsverfolgung zeigt, und wann. Zum Beispiel: „Ich habe Größe M in Rot bestellt; das Kleid ist orange und auf dem Etikett steht S.“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe it in your own words</source>
        <translation>Beschreiben Sie es mit eigenen Worten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3  What you ask for</source>
        <extracomment>says a kept draft came back (hidden otherwise)</extracomment>
        <translation>3  Was Sie verlangen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partial refund amount</source>
        <translation>Betrag der Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>4  Description to file (from the order&apos;s facts and your words)</source>
        <translation>4  Einzureichende Beschreibung (aus den Bestelldaten und Ihren Worten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description to file</source>
        <translation>Einzureichende Beschreibung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the description is written in. English is what sellers read best.</source>
        <extracomment>the language the description is written in: English (sellers read it best) or the buyer&apos;s, apart from the window&apos;s language</extracomment>
        <translation>Die Sprache, in der die Beschreibung verfasst ist. Englisch verstehen Verkäufer am besten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Sprache des Entwurfs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+436"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Copy the description, to paste into the dispute form</source>
        <translation>Beschreibung kopieren, um sie in das Streitfall-Formular einzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, but something is wrong</source>
        <translation>Erhalten, aber etwas stimmt nicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Pre-check&lt;/b&gt; — the platform&apos;s rules, checked as you type</source>
        <translation>&lt;b&gt;Vorprüfung&lt;/b&gt; — die Regeln der Plattform, beim Tippen geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found: this dispute breaks none of the platform&apos;s rules the app knows.</source>
        <translation>Nichts gefunden: Dieser Streitfall verstößt gegen keine der Plattformregeln, die die App kennt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export packet…</source>
        <extracomment>The evidence checklist panel goes here (see the module docstring). More buttons for the dispute go here (see the module docstring).</extracomment>
        <translation>Paket exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Platform dispute id:</source>
        <translation>Streitfall-ID der Plattform:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after you file it</source>
        <translation>nach dem Einreichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as filed</source>
        <translation>Als eingereicht markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep the description you typed as a draft?</source>
        <translation>Die eingegebene Beschreibung als Entwurf behalten?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the amount of the {remedy} you ask for.</source>
        <translation>Geben Sie den Betrag der verlangten {remedy} ein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(at most {amount})</source>
        <translation>(höchstens {amount})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose what went wrong. Not received: the parcel never reached you. Received: it arrived, but something is wrong with it.</source>
        <translation>Wählen Sie, was schiefging. Nicht erhalten: Das Paket hat Sie nie erreicht. Erhalten: Es kam an, aber etwas stimmt damit nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n character(s) · at least {least}, at most {most}</source>
        <translation>
            <numerusform>%n Zeichen · mindestens {least}, höchstens {most}</numerusform>
            <numerusform>%n Zeichen · mindestens {least}, höchstens {most}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason: the description is drafted from the order&apos;s facts and your words.</source>
        <translation>Wählen Sie einen Grund: Die Beschreibung wird aus den Bestelldaten und Ihren Worten entworfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · your words were cut to fit: shorten them</source>
        <translation> · Ihr Text wurde gekürzt, damit er passt: Kürzen Sie ihn</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n minor fact(s) left out to fit</source>
        <translation>
            <numerusform> · %n unwichtige Angabe weggelassen, damit es passt</numerusform>
            <numerusform> · %n unwichtige Angaben weggelassen, damit es passt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters{note}</source>
        <translation>{length} / {limit} Zeichen{note}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dispute window closed on {date}</source>
        <translation>Streitfall-Frist endete am {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a dispute by &lt;b&gt;{date}&lt;/b&gt; (%n day(s) left)</source>
        <translation>
            <numerusform>Eröffnen Sie einen Streitfall bis &lt;b&gt;{date}&lt;/b&gt; (noch %n Tag)</numerusform>
            <numerusform>Eröffnen Sie einen Streitfall bis &lt;b&gt;{date}&lt;/b&gt; (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Check your input:&lt;/b&gt; {error}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Prüfen Sie Ihre Eingabe:&lt;/b&gt; {error}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n blockierendes Problem</numerusform>
            <numerusform>%n blockierende Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;, and %n warning(s). Fix them first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nicht bereit:&lt;/b&gt; {problems}&lt;/span&gt; und %n Warnung. Beheben Sie sie zuerst.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nicht bereit:&lt;/b&gt; {problems}&lt;/span&gt; und %n Warnungen. Beheben Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;. Fix them first.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nicht bereit:&lt;/b&gt; {problems}&lt;/span&gt;. Beheben Sie sie zuerst.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file&lt;/b&gt;&lt;/span&gt;, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Bereit zum Einreichen&lt;/b&gt;&lt;/span&gt;, mit %n Warnung, die Sie zuerst lesen sollten.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Bereit zum Einreichen&lt;/b&gt;&lt;/span&gt;, mit %n Warnungen, die Sie zuerst lesen sollten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Bereit zum Einreichen.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocked by the pre-check: {problems}.</source>
        <translation>Durch die Vorprüfung blockiert: {problems}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File the dispute on the platform, then enter the dispute id it shows.</source>
        <translation>Reichen Sie den Streitfall auf der Plattform ein und geben Sie dann die angezeigte Streitfall-ID ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the dispute as opened today</source>
        <translation>Streitfall als heute eröffnet erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the summary, the description and your evidence as one ZIP with a verifiable manifest</source>
        <translation>Zusammenfassung, Beschreibung und Ihre Nachweise als eine ZIP-Datei mit überprüfbarem Manifest speichern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the packet {name}.</source>
        <translation>Paket {name} gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File a dispute on order {number}</source>
        <translation>Streitfall zu Bestellung {number} einreichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the dispute</source>
        <translation>Streitfall kann nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <location filename="../../aliassist/services/disputes/steps.py" line="+73"/>
        <source>{at} is in the future</source>
        <extracomment>the payment recorded with the step (refunds), if any the clock the step started, and when it ends</extracomment>
        <translation>{at} liegt in der Zukunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record steps when they happen</source>
        <translation>Erfassen Sie Schritte, wenn sie geschehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} is before {what} ({not_before})</source>
        <translation>{at} liegt vor {what} ({not_before})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown step {step}; steps: {steps}</source>
        <translation>Unbekannter Schritt {step}; Schritte: {steps}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it can next be: {steps}</source>
        <translation>Mögliche nächste Schritte: {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no next step; a new problem needs a new dispute</source>
        <translation>Es gibt keinen nächsten Schritt; ein neues Problem braucht einen neuen Streitfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispute {index} of order {number} is {status}, so it cannot be {step}</source>
        <translation>Streitfall {index} der Bestellung {number} ist {status}, daher kann er nicht {step} werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tracking number goes with return_requested or return_shipped</source>
        <translation>Eine Sendungsnummer gehört zu return_requested oder return_shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an amount goes with the refunded step</source>
        <translation>Ein Betrag gehört zum Schritt refunded</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>order {number} has no amount paid; give the amount refunded</source>
        <translation>Bestellung {number} hat keinen bezahlten Betrag; geben Sie den erstatteten Betrag an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a refund of 0 is not a refund; record the dispute as rejected or closed instead</source>
        <translation>Eine Erstattung von 0 ist keine Erstattung; erfassen Sie den Streitfall stattdessen als abgelehnt oder geschlossen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a dispute needs a reason</source>
        <extracomment>The dispute event that records a pre-check overridden on purpose (--force, &quot;Record anyway&quot;).</extracomment>
        <translation>Ein Streitfall braucht einen Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pre-check blocks this dispute ({rules})</source>
        <translation>Die Vorprüfung blockiert diesen Streitfall ({rules})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no order with id {order_id}</source>
        <translation>Keine Bestellung mit der ID {order_id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order {number} already has a dispute {platform_id}</source>
        <translation>Bestellung {number} hat bereits einen Streitfall {platform_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown payment kind {kind}; kinds: {kinds}</source>
        <translation>Unbekannte Zahlungsart {kind}; Arten: {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the amount of the {value}</source>
        <translation>Geben Sie den Betrag für {value} an</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>dispute {dispute} of order {number} has no step to remove: only its filing is recorded</source>
        <translation>Streitfall {dispute} der Bestellung {number} hat keinen Schritt zum Entfernen: Nur die Eröffnung ist erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the dispute itself in the order&apos;s editor</source>
        <translation>Entfernen Sie den Streitfall selbst im Editor der Bestellung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{amount} is more than was paid (less refunds): {limit}</source>
        <translation>{amount} ist mehr als bezahlt wurde (abzüglich Erstattungen): {limit}</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/disputes/validation.py" line="+33"/>
        <source>choose a reason; valid reasons: {reasons}</source>
        <translation>Wählen Sie einen Grund; gültige Gründe: {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {item} does not exist; {items}</source>
        <translation>Artikel {item} existiert nicht; {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown remedy {remedy}; valid remedies: {remedies}</source>
        <translation>Unbekannte Forderung {remedy}; gültige Forderungen: {remedies}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount goes with the remedy {remedy}</source>
        <translation>Ein Betrag gehört zur Forderung {remedy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a refund of 0 asks for nothing</source>
        <translation>Eine Erstattung von 0 verlangt nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remedy {remedy} needs the amount you ask for</source>
        <translation>Die Forderung {remedy} braucht den verlangten Betrag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no disputes</source>
        <translation>Bestellung {number} hat keine Streitfälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist dispute opened` records one</source>
        <translation>`aliassist dispute opened` erfasst einen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has {count} disputes; say which: {disputes}</source>
        <translation>Bestellung {number} hat {count} Streitfälle; geben Sie an, welchen: {disputes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {number} has no dispute {ref}; its disputes: {disputes}</source>
        <translation>Bestellung {number} hat keinen Streitfall {ref}; ihre Streitfälle: {disputes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has no currency; add the amount paid and its currency to the order first</source>
        <translation>Bestellung {number} hat keine Währung; fügen Sie der Bestellung zuerst den bezahlten Betrag und seine Währung hinzu</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../aliassist/i18n_domain.py" line="+22"/>
        <source>open</source>
        <extracomment>the domain&apos;s texts, marked (they must read exactly as in domain/dispute_steps.py and domain/estimates.py: tests/test_i18n_domain.py checks every one is here)</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered by the seller</source>
        <translation>vom Verkäufer beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the return</source>
        <translation>wartet auf Rücksendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the returned item to arrive</source>
        <translation>wartet auf Eingang des zurückgesandten Artikels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as answered by the seller</source>
        <translation>als vom Verkäufer beantwortet markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as waiting for a return</source>
        <translation>als wartend auf Rücksendung markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as return shipped</source>
        <translation>als Rücksendung verschickt markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as refunded</source>
        <translation>als erstattet markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as rejected</source>
        <translation>als abgelehnt markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seller answered the dispute</source>
        <translation>Der Verkäufer hat auf den Streitfall geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you escalated the dispute to the platform</source>
        <translation>Sie haben den Streitfall an die Plattform eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform asked for the item back</source>
        <translation>Die Plattform hat den Artikel zurückverlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you shipped the item back</source>
        <translation>Sie haben den Artikel zurückgeschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the money came back (records the refund as a payment)</source>
        <translation>Das Geld ist zurückgekommen (erfasst die Erstattung als Zahlung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform decided against you</source>
        <translation>Die Plattform hat gegen Sie entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled the dispute</source>
        <translation>Sie haben den Streitfall abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute is over</source>
        <translation>Der Streitfall ist beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order status says receipt was confirmed, but not when: the earliest date it can have been is used</source>
        <translation>Laut Bestellstatus wurde der Empfang bestätigt, aber nicht wann: Das frühestmögliche Datum wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of the tracking&apos;s last update, which says delivered</source>
        <translation>Das Datum der letzten Sendungsverfolgungs-Aktualisierung, die „zugestellt“ meldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the usual protection length; the order page shows the real end date</source>
        <translation>Die übliche Schutzdauer; die Bestellseite zeigt das tatsächliche Enddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the earliest</source>
        <translation>frühestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>etwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>Empfang bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection length</source>
        <translation>Schutzdauer</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+93"/>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliAssist keeps the Buyer Protection clock of every order and warns you before a deadline passes.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import your orders&lt;/b&gt; from the file an exporter made (AliExpress Order Exporter, AliExpress Bulk Order Exporter, or any CSV/TSV), drop the file on this window or paste rows with Ctrl+V; or &lt;b&gt;add an order&lt;/b&gt; from its order page.</source>
        <translation>AliAssist verfolgt die Käuferschutz-Frist jeder Bestellung und warnt Sie, bevor eine Frist abläuft.&lt;br&gt;&lt;br&gt;&lt;b&gt;Importieren Sie Ihre Bestellungen&lt;/b&gt; aus der Datei eines Exportprogramms (AliExpress Order Exporter, AliExpress Bulk Order Exporter oder beliebige CSV/TSV), ziehen Sie die Datei auf dieses Fenster oder fügen Sie Zeilen mit Strg+V ein; oder &lt;b&gt;fügen Sie eine Bestellung&lt;/b&gt; über ihre Bestellseite hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an order…</source>
        <translation>Bestellung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders…</source>
        <translation>Bestellungen importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data file…</source>
        <translation>Datendatei importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it with sample orders</source>
        <translation>Mit Beispielbestellungen ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate sample database with made-up orders in every state; your own data is not touched</source>
        <translation>Öffnet eine separate Beispieldatenbank mit erfundenen Bestellungen in jedem Zustand; Ihre eigenen Daten bleiben unberührt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Anleitung lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New to it? Look around first:</source>
        <translation>Neu hier? Sehen Sie sich zuerst um:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../aliassist/services/evidence.py" line="+109"/>
        <source>order {number} has no dispute {dispute} (it has {count}, numbered from 1)</source>
        <extracomment>Thumbnail sizes the GUI asks for (longest side, pixels): strip and viewer. sha256 -&gt; facts of the stored content index into order.evidence -&gt; findings about that file sha256 of the files the order lists that are not in the vault (lost, or a restored backup&apos;s file deleted before backups kept them): shown as missing, never silently</extracomment>
        <translation>Bestellung {number} hat keinen Streitfall {dispute} (sie hat {count}, nummeriert ab 1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>say which reason (--reason), or which dispute (--dispute)</source>
        <translation>Geben Sie den Grund (--reason) oder den Streitfall (--dispute) an</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no files given</source>
        <extracomment>the same content was already attached (to the same dispute and item): nothing was added the picture names the GPS position where it was taken (a packet leaves it out, unless asked to keep it; the vault keeps the original as it is) the index of the same content attached for another checklist item (one file may serve several items: this new entry counts it for the item named)</extracomment>
        <translation>Keine Dateien angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {kind}; kinds: {kinds}</source>
        <translation>Unbekannte Art {kind}; Arten: {kinds}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{item}” ({id}) takes {kinds}, not {kind}</source>
        <translation>„{item}“ ({id}) akzeptiert {kinds}, nicht {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{item}” takes {kinds}; the content is {content}</source>
        <translation>„{item}“ akzeptiert {kinds}; der Inhalt ist {content}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose the kind that says what the file is (--kind)</source>
        <translation>Wählen Sie die Art, die angibt, was die Datei ist (--kind)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>order {number} has no evidence {index}</source>
        <extracomment>the stored copy was deleted (nothing else referred to it) the stored copy was kept because a backup lists it (restoring that backup needs it)</extracomment>
        <translation>Bestellung {number} hat keinen Nachweis {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>Unbekannte Art {kind}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no evidence of order {number} is called {name}</source>
        <translation>Kein Nachweis der Bestellung {number} heißt {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist evidence NUMBER` lists them</source>
        <translation>`aliassist evidence NUMBER` listet sie auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files match; give the index instead ({indices})</source>
        <translation>{count} Dateien passen; geben Sie stattdessen den Index an ({indices})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>order {number} has no evidence {index} (it has {count}, counted from 0)</source>
        <translation>Bestellung {number} hat keinen Nachweis {index} (sie hat {count}, gezählt ab 0)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_dialog.py" line="+30"/>
        <source>Evidence for order {number}</source>
        <translation>Nachweise für Bestellung {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute {index}: {reason}</source>
        <translation>Streitfall {index}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: {label}</source>
        <translation>Grund: {label}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist &amp;for:</source>
        <translation>Checkliste &amp;für:</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_viewer.py" line="+83"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is:</source>
        <translation>Was es ist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute:</source>
        <translation>Streitfall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken:</source>
        <translation>Aufgenommen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with another app…</source>
        <translation>Mit anderer App öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the stored, read-only copy with your system&apos;s app for this type (to play a video, read a PDF).</source>
        <translation>Öffnet die gespeicherte, schreibgeschützte Kopie mit der System-App für diesen Typ (um ein Video abzuspielen, ein PDF zu lesen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence: {name}</source>
        <translation>Nachweis: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{position} of {count}</source>
        <translation>{position} von {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (camera)</source>
        <translation>{time} (Kamera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (file date)</source>
        <translation>{time} (Dateidatum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item chosen: counts where its kind fits</source>
        <translation>Kein Artikel gewählt: gilt, wo seine Art passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole order</source>
        <translation>Die ganze Bestellung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule {rule}</source>
        <translation>Regel {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ No warnings about this file.</source>
        <translation>✔ Keine Warnungen zu dieser Datei.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+29"/>
        <source>Search order number, store, item or tracking number (Ctrl+F)</source>
        <translation>Bestellnummer, Shop, Artikel oder Sendungsnummer suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show orders in state</source>
        <translation>Bestellungen in diesem Zustand anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders of account</source>
        <translation>Bestellungen dieses Kontos anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the orders assigned to me</source>
        <translation>Nur mir zugewiesene Bestellungen anzeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the orders assigned to you. Who you are is not known on this database: set your name in Settings ▸ You.</source>
        <extracomment>the current user (&quot;Mine&quot; shows their orders); None: not known, &quot;Mine&quot; is off</extracomment>
        <translation>Nur die Ihnen zugewiesenen Bestellungen. Wer Sie sind, ist in dieser Datenbank nicht bekannt: Legen Sie Ihren Namen unter Einstellungen ▸ Sie fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the orders assigned to you ({me})</source>
        <translation>Nur die Ihnen zugewiesenen Bestellungen ({me})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/findings_view.py" line="+27"/>
        <source>Blocks</source>
        <extracomment>severity -&gt; its badge (the words; the colours are theme&apos;s &quot;severity.*&quot; tints and marks)</extracomment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Instead:&lt;/b&gt; {fix}</source>
        <extracomment>severity -&gt; the mark drawn beside its card and under its words the card&apos;s background and text colour (theme&apos;s tint for the severity)</extracomment>
        <translation>&lt;b&gt;Stattdessen:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location line="+27"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="+116"/>
        <source>{app} guide</source>
        <translation>{app}-Anleitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../aliassist/services/history.py" line="+108"/>
        <location line="+16"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unknown field (known fields: dispute_events, notifications, settings, mail_events)</source>
        <translation>Unbekanntes Feld (bekannte Felder: dispute_events, notifications, settings, mail_events)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no order {number} in the file or the database</source>
        <translation>Keine Bestellung {number} in der Datei oder der Datenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the order has no dispute {position} (disputes count from 0)</source>
        <translation>Die Bestellung hat keinen Streitfall {position} (Streitfälle werden ab 0 gezählt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amount needs the order&apos;s currency</source>
        <translation>Ein Betrag braucht die Währung der Bestellung</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+13"/>
        <source>Line</source>
        <extracomment>the fields shown in the columns between Line and the problem, for a skipped row&apos;s raw cells</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buyer account:</source>
        <translation>Käuferkonto:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (optional)</source>
        <translation>keines (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts written without a currency are in:</source>
        <translation>Beträge ohne Währung sind in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file shows</source>
        <translation>wie in der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change columns…</source>
        <translation>Spalten ändern…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buyer account</source>
        <translation>Käuferkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts written without a currency are in</source>
        <translation>Beträge ohne Währung sind in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to import</source>
        <translation>Zu importierende Bestellungen</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Showing the first %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Angezeigt wird die erste %n Zeile: {good} importierbar</numerusform>
            <numerusform>Angezeigt werden die ersten %n Zeilen: {good} importierbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing all %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Angezeigt wird %n Zeile: {good} importierbar</numerusform>
            <numerusform>Angezeigt werden alle %n Zeilen: {good} importierbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} will be skipped&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} werden übersprungen&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown}{skipped}. Nothing is written until you choose Import.</source>
        <translation>{shown}{skipped}. Nichts wird geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>how the file writes dates (its dates read as month/day and as day/month, and none of them tells which)</source>
        <translation>wie die Datei Datumsangaben schreibt (sie lassen sich als Monat/Tag und als Tag/Monat lesen, und keine zeigt, welches gilt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the currency of its amounts (they are written without one)</source>
        <translation>die Währung der Beträge (sie sind ohne Währung angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {first} and {second} above, then Import.</source>
        <translation>Wählen Sie oben {first} und {second}, dann „Importieren“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {first} above, then Import.</source>
        <translation>Wählen Sie oben {first}, dann „Importieren“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rest of the file is read when you import; rows with problems are listed in the report afterwards.</source>
        <translation>Der Rest der Datei wird beim Import gelesen; Zeilen mit Problemen werden anschließend im Bericht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="+12"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished — some rows were skipped</source>
        <translation>Import abgeschlossen — einige Zeilen wurden übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new order(s), {updated} updated, {unchanged} unchanged</source>
        <translation>
            <numerusform>%n neue Bestellung, {updated} aktualisiert, {unchanged} unverändert</numerusform>
            <numerusform>%n neue Bestellungen, {updated} aktualisiert, {unchanged} unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n row(s) skipped&lt;/b&gt; (lines of the file, the header is line 1). Everything else was imported; fix these rows and import the file again: what is already in changes nothing.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Zeile übersprungen&lt;/b&gt; (Zeilen der Datei, die Kopfzeile ist Zeile 1). Alles andere wurde importiert; korrigieren Sie diese Zeilen und importieren Sie die Datei erneut: Bereits Vorhandenes ändert sich nicht.</numerusform>
            <numerusform>&lt;b&gt;%n Zeilen übersprungen&lt;/b&gt; (Zeilen der Datei, die Kopfzeile ist Zeile 1). Alles andere wurde importiert; korrigieren Sie diese Zeilen und importieren Sie die Datei erneut: Bereits Vorhandenes ändert sich nicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../aliassist/importers/datafile.py" line="+108"/>
        <source>cannot read the file: {strerror}</source>
        <extracomment>estimate source keys, and the date each one qualifies The default policy&apos;s zone (AliExpress: Asia/Shanghai); callers pass their policy&apos;s. the order&apos;s version when it was exported (team databases: an order saved since then by someone else is not overwritten)</extracomment>
        <translation>Die Datei kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/importers/sources.py" line="+135"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text</source>
        <translation>Die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {msg}</source>
        <translation>Kein gültiges JSON: {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a data file: its JSON is nested too deeply</source>
        <translation>Keine Datendatei: Ihr JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;orders&quot;</source>
        <translation>JSON-Objekt mit &quot;format&quot;, &quot;version&quot; und &quot;orders&quot; erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an AliAssist data file (&quot;format&quot; must be &quot;{FORMAT}&quot;)</source>
        <translation>Keine AliAssist-Datendatei (&quot;format&quot; muss &quot;{FORMAT}&quot; sein)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer AliAssist (data file version {version}; this one reads version {VERSION})</source>
        <translation>Von einem neueren AliAssist geschrieben (Datendatei-Version {version}; diese Version liest Version {VERSION})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;orders&quot; must be a list</source>
        <translation>&quot;orders&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>order {number} appears twice (also {value})</source>
        <translation>Bestellung {number} kommt zweimal vor (auch {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field (known fields: {value})</source>
        <translation>Unbekanntes Feld (bekannte Felder: {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+224"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>expected text, got {value}</source>
        <translation>Text erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not one of: {value2}</source>
        <translation>{value} ist keiner der Werte: {value2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number, got {value}</source>
        <translation>Ganze Zahl erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {minimum}</source>
        <translation>Muss mindestens {minimum} sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an amount such as &quot;20.00&quot;, got {value}</source>
        <translation>Betrag wie &quot;20.00&quot; erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an amount needs the order&apos;s &quot;currency&quot;</source>
        <translation>Ein Betrag braucht die &quot;currency&quot; der Bestellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an estimate source without the date {date_key}</source>
        <translation>Eine Schätzungsquelle ohne das Datum {date_key}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>64 Hexadezimalziffern in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>evidence path {shown} must be relative to the data file&apos;s folder (such as &quot;evidence/photo.jpg&quot;)</source>
        <translation>Nachweispfad {shown} muss relativ zum Ordner der Datendatei sein (z. B. &quot;evidence/photo.jpg&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} leaves the data file&apos;s folder (&quot;..&quot;); evidence files must be in that folder or below it</source>
        <translation>Nachweispfad {shown} verlässt den Ordner der Datendatei (&quot;..&quot;); Nachweisdateien müssen in diesem Ordner oder darunter liegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evidence file {shown} not found (looked in {folder})</source>
        <translation>Nachweisdatei {shown} nicht gefunden (gesucht in {folder})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evidence file {shown} cannot be read: {strerror}</source>
        <translation>Nachweisdatei {shown} kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} goes through a symbolic link ({part}); only files really inside the data file&apos;s folder are imported</source>
        <translation>Nachweispfad {shown} führt über einen symbolischen Link ({part}); nur Dateien, die wirklich im Ordner der Datendatei liegen, werden importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence file {shown} not found ({part} is not a folder)</source>
        <translation>Nachweisdatei {shown} nicht gefunden ({part} ist kein Ordner)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {shown} {problem}</source>
        <translation>Nachweisdatei {shown} {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains {bad}, half of a character, which is not text that can be stored</source>
        <translation>enthält {bad}, ein halbes Zeichen, also keinen speicherbaren Text</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>is a symbolic link; AliAssist writes the evidence only into a real folder</source>
        <translation>ist ein symbolischer Link; AliAssist schreibt Nachweise nur in einen echten Ordner</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>evidence file {name} has changed in the vault since it was stored (its content no longer matches its SHA-256); the export was stopped</source>
        <translation>Nachweisdatei {name} wurde im Nachweis-Speicher seit der Ablage geändert (ihr Inhalt passt nicht mehr zu ihrem SHA-256); der Export wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy evidence file {name}: {strerror}</source>
        <translation>Nachweisdatei {name} kann nicht kopiert werden: {strerror}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/layouts.py" line="+144"/>
        <source>the remembered column mapping is unreadable</source>
        <extracomment>a column given by its position, `#1` to `#99999` (ASCII digits; `#²` is a column name) Fields that hold a date; the rest are text, amounts or quantities. header text -&gt; field (None: a column the app does not use) how numeric dates are written in this layout (None: the exporter writes none; numeric ones come from a spreadsheet, in its locale&apos;s order) how the exporter itself writes numeric dates (a spreadsheet may rewrite them) more header texts for the same columns (normalized) What a column of that name most likely holds, for the mapping step&apos;s first guess. None: not said; the file&apos;s own dates decide, or the person is asked how the layout&apos;s exporter writes dates: used for dates in its form until the file says</extracomment>
        <translation>Die gespeicherte Spaltenzuordnung ist unlesbar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the header looks like the {name}&apos;s but has no {value} column</source>
        <translation>Die Kopfzeile sieht aus wie die von {name}, hat aber keine Spalte {value}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/rows.py" line="+164"/>
        <source>{column}: has bytes that are not text in the file&apos;s encoding</source>
        <extracomment>The longest text each field may hold (the store&apos;s column sizes). Why a row whose order number a spreadsheet damaged is skipped. Fields read as values (dates, amounts, numbers), not as text. when receipt was confirmed, at the earliest: set for &quot;Completed&quot; orders identifies the row&apos;s content, for finding repeated rows the number is longer than 15 digits and ends in zeros past the 15th the row&apos;s order dates given without a time, space-separated (records.ORDER_DATES) where the inferred receipt and delivery dates came from (domain.estimates.SOURCES) seconds since 1970 now: dates more than a day after it are refused (None: no check) (field, column, longest text) for each mapped field; 0: not a text field some long number in the file keeps digits past the 15th: nothing cut them some number in the file was certainly mangled (scientific notation, many zeros) distinct numbers whose digits past the 15th are all zero</extracomment>
        <translation>{column}: enthält Bytes, die in der Kodierung der Datei kein Text sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}: länger als {limit} Zeichen</translation>
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
        <translation>{column}: {value} endet ab der 15. Ziffer auf Nullen (eine Tabellenkalkulation hat sie genullt): {DAMAGED}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{column}: the order number is missing</source>
        <translation>{column}: Die Bestellnummer fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column}: the order date is missing</source>
        <translation>{column}: Das Bestelldatum fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: the order date {placed} is in the future</source>
        <translation>{column}: Das Bestelldatum {placed} liegt in der Zukunft</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{column}: in {found}, but the row&apos;s other amounts are in {currency}</source>
        <translation>{column}: in {found}, aber die übrigen Beträge der Zeile sind in {currency}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/sources.py" line="-57"/>
        <location line="+43"/>
        <source>the file is empty: it has no header and no rows</source>
        <extracomment>One cell may hold this many characters (csv&apos;s default of 128 KB is too small for titles pasted with their descriptions, and a bad file should get a message, not a crash). the open stream, kept referenced while rows are read</extracomment>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile und keine Zeilen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>this is an old Excel .xls workbook</source>
        <translation>Dies ist eine alte Excel-Arbeitsmappe (.xls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is nothing to import: the pasted text is empty</source>
        <translation>Es gibt nichts zu importieren: Der eingefügte Text ist leer</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read past line {line}: {exc}</source>
        <translation>Lesen nach Zeile {line} nicht möglich: {exc}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is empty: the sheet has no header and no rows</source>
        <translation>Die Datei ist leer: Das Blatt hat keine Kopfzeile und keine Zeilen</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/values.py" line="+108"/>
        <source>{value} is not a date</source>
        <extracomment>how the layout&apos;s own exporter writes dates (3/5/2026: unpadded, 4-digit year); used for dates in that form until the file decides otherwise the file&apos;s own dates decided `order` (a day over 12)</extracomment>
        <translation>{value} ist kein Datum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>Das Datum ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>{text} is not a date</source>
        <translation>{text} ist kein Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date (unknown month name)</source>
        <translation>{text} ist kein Datum (unbekannter Monatsname)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>{text} is not a date (no such day)</source>
        <translation>{text} ist kein Datum (diesen Tag gibt es nicht)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{text} is not a date (write the year with 4 digits)</source>
        <translation>{text} ist kein Datum (schreiben Sie das Jahr mit 4 Ziffern)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>{text} is not a time of day</source>
        <translation>{text} ist keine Uhrzeit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{whole} is not a date (write the year with 4 digits)</source>
        <translation>{whole} ist kein Datum (schreiben Sie das Jahr mit 4 Ziffern)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the currency is empty</source>
        <extracomment>Currency marks as order pages show them, longest first where one contains another. Marks that several currencies share: the file must say which.</extracomment>
        <translation>Die Währung ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} can mean {value}; choose the currency</source>
        <translation>{text} kann {value} bedeuten; wählen Sie die Währung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} is not a currency this app knows</source>
        <translation>{text} ist keine Währung, die diese App kennt</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>{value} is not an amount</source>
        <translation>{value} ist kein Betrag</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the amount is not a number</source>
        <translation>Der Betrag ist keine Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not an amount such as 12.34 or US $12.34</source>
        <translation>{text} ist kein Betrag wie 12.34 oder US $12.34</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is negative</source>
        <translation>{value} ist negativ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is too large an amount</source>
        <translation>{value} ist ein zu großer Betrag</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} has more than {places} decimals for {currency}</source>
        <translation>{value} hat mehr als {places} Nachkommastellen für {currency}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a quantity (a whole number)</source>
        <translation>{text} ist keine Menge (eine ganze Zahl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is not a quantity (1 or more)</source>
        <translation>{number} ist keine Menge (1 oder mehr)</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/imports.py" line="+171"/>
        <source>{new}, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Settings key: remembered column mappings, by header signature. Rows staged per batch (and how often progress is reported). pasted rows without a header: `header` only names the columns by position</extracomment>
        <translation>{new}, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n neue Bestellung</numerusform>
            <numerusform>%n neue Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be skipped</source>
        <translation>
            <numerusform>%n Zeile würde übersprungen</numerusform>
            <numerusform>%n Zeilen würden übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were skipped</source>
        <translation>
            <numerusform>%n Zeile wurde übersprungen</numerusform>
            <numerusform>%n Zeilen wurden übersprungen</numerusform>
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
        <translation>Unbekanntes Feld {field}; Felder: {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column {column} in the file (columns: {columns}; or #1 to #{last} by position)</source>
        <translation>Keine Spalte {column} in der Datei (Spalten: {columns}; oder #1 bis #{last} nach Position)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>map at least {fields}</source>
        <translation>Ordnen Sie mindestens {fields} zu</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>the file has a header but no rows</source>
        <extracomment>the line&apos;s cells as read from the file (shown for a row that will be skipped) the preview stopped before the end of the file how the rows&apos; numeric dates were read (None: the file has none that needed an order) the file&apos;s dates read both ways and nothing decides: the person must choose amounts without a currency and none chosen: the person must choose</extracomment>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the orders again</source>
        <translation>Exportieren Sie die Bestellungen erneut</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <location filename="../../aliassist/gui/fields.py" line="+68"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a time, the date means 00:00 of that day in the platform&apos;s time zone, the earliest moment it can mean.</source>
        <translation>Ohne Uhrzeit bedeutet das Datum 00:00 Uhr dieses Tages in der Zeitzone der Plattform, also den frühestmöglichen Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a date</source>
        <translation>hat ein Datum</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="-444"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Done</source>
        <translation>✔ Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Missing</source>
        <translation>✗ Fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not yet</source>
        <translation>– Noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not needed</source>
        <translation>– Nicht nötig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files for {label}</source>
        <translation>Dateien für {label} hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for {label}</source>
        <translation>Dateien für {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed for this order</source>
        <translation>Für diese Bestellung nicht nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {why} Takes: {kinds}.</source>
        <translation>Warum: {why} Akzeptiert: {kinds}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Other files of this order</source>
        <translation>Weitere Dateien dieser Bestellung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add other files of this order</source>
        <translation>Weitere Dateien zu dieser Bestellung hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached, but not counted for this reason&apos;s checklist. Right-click a file to count it for an item.</source>
        <translation>Angehängt, aber nicht für die Checkliste dieses Grundes gezählt. Klicken Sie mit der rechten Maustaste auf eine Datei, um sie für einen Eintrag zu zählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop files here from your file manager, or use “Add files…”</source>
        <translation>Dateien aus dem Dateimanager hierher ziehen oder „Dateien hinzufügen…“ verwenden</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aliassist/services/language.py" line="+19"/>
        <source>AliAssist does not speak {code}</source>
        <translation>AliAssist spricht kein {code}</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/language_settings.py" line="+19"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies after a restart of AliAssist: close it (also from the tray) and start it again.</source>
        <translation>Gilt nach einem Neustart von AliAssist: Schließen Sie es (auch im Infobereich) und starten Sie es erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language from the next start</source>
        <translation>Sprache ab dem nächsten Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist speaks the language you chose from its next start. Close it (also from the tray) and start it again.</source>
        <translation>AliAssist verwendet ab dem nächsten Start die gewählte Sprache. Schließen Sie es (auch im Infobereich) und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="+263"/>
        <source>Reading mail…</source>
        <translation>E-Mails werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the mail</source>
        <translation>E-Mails können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading mail cancelled: nothing was written.</source>
        <translation>Lesen der E-Mails abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>E-mail import cancelled: nothing was written.</source>
        <translation>E-Mail-Import abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saving what the mail says…</source>
        <translation>Inhalte der E-Mails werden gespeichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written</source>
        <translation>Nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/mail_import.py" line="+37"/>
        <source>Placed</source>
        <extracomment>how a field is named to people, in the preview (marked for lupdate; shown through field_label, which translates them)</extracomment>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Empfang bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders would be updated, {created} created, {events} new events</source>
        <extracomment>the order is not stored: the import creates it, marked as from mail the new events (messages not read before), earliest first the platform&apos;s messages already read by an earlier import (they change nothing)</extracomment>
        <translation>{messages} Nachrichten gelesen, {platform} von der Plattform; {updated} Bestellungen würden aktualisiert, {created} angelegt, {events} neue Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders were updated, {created} created, {events} new events</source>
        <translation>{messages} Nachrichten gelesen, {platform} von der Plattform; {updated} Bestellungen wurden aktualisiert, {created} angelegt, {events} neue Ereignisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {count} messages were read before</source>
        <translation>; {count} Nachrichten wurden bereits früher gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {count} skipped</source>
        <translation>; {count} übersprungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name at least one mail file or folder</source>
        <translation>Geben Sie mindestens eine Mail-Datei oder einen Ordner an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mail found: no .eml file, mbox or Maildir folder</source>
        <translation>Keine Mails gefunden: keine .eml-Datei, kein mbox- oder Maildir-Ordner</translation>
    </message>
</context>
<context>
    <name>MailPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-130"/>
        <source>Import e-mails — preview</source>
        <translation>E-Mails importieren — Vorschau</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n message(s) read&lt;/b&gt;, {platform} from the platform.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Nachricht gelesen&lt;/b&gt;, {platform} von der Plattform.</numerusform>
            <numerusform>&lt;b&gt;%n Nachrichten gelesen&lt;/b&gt;, {platform} von der Plattform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) to update, {added} to add from mail, {events} new events</source>
        <translation>
            <numerusform>%n Bestellung zu aktualisieren, {added} aus E-Mails hinzuzufügen, {events} neue Ereignisse</numerusform>
            <numerusform>%n Bestellungen zu aktualisieren, {added} aus E-Mails hinzuzufügen, {events} neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;Imported before, so they change nothing: %n message(s).</source>
        <translation>
            <numerusform>&lt;br&gt;Bereits früher importiert, ändert daher nichts: %n Nachricht.</numerusform>
            <numerusform>&lt;br&gt;Bereits früher importiert, ändern daher nichts: %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only dates the app left empty are filled; a date you entered is kept.</source>
        <translation>Nur Datumsangaben, die die App leer gelassen hat, werden ausgefüllt; ein von Ihnen eingegebenes Datum bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the mail</source>
        <translation>Aus der E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes ({changes})</source>
        <translation>Änderungen ({changes})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message or file</source>
        <translation>Nachricht oder Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped ({count})</source>
        <translation>Übersprungen ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (new, from mail)</source>
        <translation>  (neu, aus E-Mail)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event noted</source>
        <translation>Ereignis vermerkt</translation>
    </message>
</context>
<context>
    <name>MailSourcesDialog</name>
    <message>
        <location line="-147"/>
        <source>Import e-mails</source>
        <translation>E-Mails importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the mail</source>
        <translation>E-Mails lesen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mail files</source>
        <translation>E-Mail-Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of mail</source>
        <translation>Ein E-Mail-Ordner</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+24"/>
        <source>Undo</source>
        <extracomment>emitted after every reload: the orders (may) have changed (the notifier re-plans) undo and redo of edits, deletions, dispute steps and evidence changes</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sample orders</source>
        <extracomment>the buyer&apos;s own data while the window shows the sample database says the window shows sample orders, with the way back</extracomment>
        <translation>Beispielbestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sample orders&lt;/b&gt; — made up, in a separate database; your own orders are not here and nothing you do here touches them.</source>
        <translation>&lt;b&gt;Beispielbestellungen&lt;/b&gt; — erfunden, in einer separaten Datenbank; Ihre eigenen Bestellungen sind nicht hier, und nichts, was Sie hier tun, berührt sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+717"/>
        <source>&amp;Back to my orders</source>
        <translation>&amp;Zurück zu meinen Bestellungen</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>&amp;New order…</source>
        <extracomment>shown when the search and filters leave no order: says how to get them back other people&apos;s changes on a team database, refreshed as they are committed</extracomment>
        <translation>&amp;Neue Bestellung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order from its order page</source>
        <translation>Bestellung über ihre Bestellseite hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit order…</source>
        <translation>Bestellung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected order (Enter in the orders table)</source>
        <translation>Ausgewählte Bestellung bearbeiten (Eingabetaste in der Bestelltabelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete order</source>
        <translation>Bestellung &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected orders (can be undone)</source>
        <translation>Ausgewählte Bestellungen löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence…</source>
        <translation>&amp;Nachweise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence checklist of the selected order</source>
        <translation>Die Nachweis-Checkliste der ausgewählten Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected orders to a person (their deadline notices go to that person only)</source>
        <translation>Ausgewählte Bestellungen einer Person zuweisen (ihre Fristhinweise gehen nur an diese Person)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;orders…</source>
        <translation>Bestellungen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an exporter&apos;s CSV, TSV or XLSX file (preview first)</source>
        <translation>CSV-, TSV- oder XLSX-Datei eines Exportprogramms importieren (zuerst Vorschau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste orders</source>
        <translation>Bestellungen ein&amp;fügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import rows copied from an exporter file or a spreadsheet (preview first)</source>
        <translation>Aus einer Exportdatei oder Tabelle kopierte Zeilen importieren (zuerst Vorschau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;e-mails…</source>
        <translation>&amp;E-Mails importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read shipped, delivered and confirmed dates from the platform&apos;s e-mails in your mail files (preview first)</source>
        <translation>Versand-, Zustell- und Bestätigungsdaten aus den E-Mails der Plattform in Ihren E-Mail-Dateien lesen (zuerst Vorschau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;data file…</source>
        <translation>&amp;Datendatei importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an AliAssist JSON data file</source>
        <translation>AliAssist-JSON-Datendatei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export data file…</source>
        <translation>Datendatei e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every order and its evidence</source>
        <translation>Alle Bestellungen und ihre Nachweise speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, store, item or tracking</source>
        <translation>Bestellungen nach Nummer, Shop, Artikel oder Sendungsverfolgung suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show all orders</source>
        <translation>A&amp;lle Bestellungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;pane</source>
        <translation>&amp;Bestellbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the order pane</source>
        <translation>Bestellbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About AliAssist</source>
        <translation>&amp;Über AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clocks mean, how to import, how the pre-check works</source>
        <translation>Was die Fristen bedeuten, wie man importiert, wie die Vorprüfung funktioniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+581"/>
        <source>&amp;Try it with sample orders</source>
        <translation>Mit &amp;Beispielbestellungen ausprobieren</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>A separate database of made-up orders</source>
        <translation>Eine separate Datenbank mit erfundenen Bestellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ort by</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n order(s) · {attention} need attention</source>
        <translation>
            <numerusform>%n Bestellung · {attention} brauchen Aufmerksamkeit</numerusform>
            <numerusform>%n Bestellungen · {attention} brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+512"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-511"/>
        <source>{shown} of %n order(s)</source>
        <translation>
            <numerusform>{shown} von %n Bestellung</numerusform>
            <numerusform>{shown} von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “{words}”</source>
        <translation>Keine Bestellung passt zu „{words}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order matches these filters</source>
        <translation>Keine Bestellung passt zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}. Press Esc in the search box to clear it, or View ▸ Show all orders (Ctrl+Shift+A) to see every order.</source>
        <translation>{what}. Drücken Sie Esc im Suchfeld, um es zu leeren, oder Ansicht ▸ Alle Bestellungen anzeigen (Strg+Umschalt+A), um alle Bestellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pre-check blocks this dispute</source>
        <translation>Die Vorprüfung blockiert diesen Streitfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record anyway</source>
        <translation>Trotzdem erfassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date of order {number}</source>
        <translation>Datum der Bestellung {number} eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the date</source>
        <translation>Datum kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the date of order {number}</source>
        <translation>Datum der Bestellung {number} gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add order {number}</source>
        <translation>Bestellung {number} hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit order {number}</source>
        <translation>Bestellung {number} bearbeiten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the order</source>
        <translation>Bestellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved order {number}</source>
        <translation>Bestellung {number} gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept {who}’s save of order {number}; your changes were dropped</source>
        <translation>Die Speicherung von {who} für Bestellung {number} wurde behalten; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the other save of order {number}; your changes were dropped</source>
        <translation>Die andere Speicherung der Bestellung {number} wurde behalten; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete order {number}</source>
        <translation>Bestellung {number} löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted order {number}. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Bestellung {number} gelöscht. Bearbeiten ▸ Rückgängig (Strg+Z) stellt sie wieder her.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung löschen</numerusform>
            <numerusform>%n Bestellungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n order(s). Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n Bestellung gelöscht. Bearbeiten ▸ Rückgängig (Strg+Z) stellt sie wieder her.</numerusform>
            <numerusform>%n Bestellungen gelöscht. Bearbeiten ▸ Rückgängig (Strg+Z) stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drop one file at a time; importing the first.</source>
        <translation>Bitte nur eine Datei auf einmal ablegen; die erste wird importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;dispute…</source>
        <translation>Neuer &amp;Streitfall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a dispute on the selected order, pre-checked against the platform&apos;s rules</source>
        <translation>Einen Streitfall zur ausgewählten Bestellung planen, vorab gegen die Regeln der Plattform geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute &amp;steps…</source>
        <translation>Streitfall-Schri&amp;tte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened to the selected order&apos;s disputes, and refunds or claims</source>
        <translation>Erfassen, was mit den Streitfällen der ausgewählten Bestellung geschah, sowie Rückerstattungen oder Reklamationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message to seller…</source>
        <translation>&amp;Nachricht an Verkäufer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message to the seller or a review, checked as you type</source>
        <translation>Eine Nachricht an den Verkäufer oder eine Bewertung schreiben, beim Tippen geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export dispute &amp;packet…</source>
        <translation>Streitfall-&amp;Paket exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP with the summary, the message, the evidence and a verifiable manifest</source>
        <translation>Eine ZIP-Datei mit Zusammenfassung, Nachricht, Nachweisen und überprüfbarem Manifest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispute</source>
        <translation>Streit&amp;fall</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute recorded on order {number}: watch its clocks.</source>
        <translation>Streitfall zu Bestellung {number} erfasst: Behalten Sie die Fristen im Blick.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the packet</source>
        <translation>Paket kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote the dispute packet {path} (%n file(s) and a manifest)</source>
        <translation>
            <numerusform>Streitfall-Paket {path} geschrieben (%n Datei und ein Manifest)</numerusform>
            <numerusform>Streitfall-Paket {path} geschrieben (%n Dateien und ein Manifest)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the sample orders</source>
        <translation>Beispielbestellungen können nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing sample orders: Help ▸ Back to my orders returns to yours.</source>
        <translation>Beispielbestellungen werden angezeigt: Hilfe ▸ Zurück zu meinen Bestellungen führt zu Ihren zurück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to your orders.</source>
        <translation>Zurück zu Ihren Bestellungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{app} — sample orders</source>
        <translation>{app} — Beispielbestellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to your orders first (Help ▸ Back to my orders)</source>
        <translation>Kehren Sie zuerst zu Ihren Bestellungen zurück (Hilfe ▸ Zurück zu meinen Bestellungen)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot assign</source>
        <translation>Zuweisen nicht möglich</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign {what}</source>
        <translation>{what} zuweisen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned {what} to {who}</source>
        <translation>{what} an {who} zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned {what} to nobody</source>
        <translation>{what} niemandem zugewiesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Buyer Protection deadlines, dispute pre-checks and evidence for {platform} orders.&lt;br&gt;&lt;br&gt;Policy {policy} {policy_version} ({policy_file})&lt;br&gt;Database: {database}&lt;br&gt;&lt;br&gt;Works offline: your orders, photos and disputes never leave this computer.</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Käuferschutz-Fristen, Streitfall-Vorprüfungen und Nachweise für {platform}-Bestellungen.&lt;br&gt;&lt;br&gt;Richtlinie {policy} {policy_version} ({policy_file})&lt;br&gt;Datenbank: {database}&lt;br&gt;&lt;br&gt;Funktioniert offline: Ihre Bestellungen, Fotos und Streitfälle verlassen diesen Computer nie.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../aliassist/gui/dispute/message_editor.py" line="+52"/>
        <source>Message to seller — order {number}</source>
        <extracomment>with an order and a context, typed words are kept as the order&apos;s draft</extracomment>
        <translation>Nachricht an Verkäufer — Bestellung {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to seller</source>
        <translation>Nachricht an Verkäufer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what is wrong and what you ask for, politely and with facts. No links to other sites, no deals outside the platform, no review in exchange for anything. A review is checked the same way.</source>
        <translation>Sagen Sie höflich und sachlich, was nicht stimmt und was Sie verlangen. Keine Links zu anderen Websites, keine Geschäfte außerhalb der Plattform, keine Bewertung gegen Gegenleistung. Eine Bewertung wird genauso geprüft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Your message to the seller (or your review)</source>
        <translation>&amp;Ihre Nachricht an den Verkäufer (oder Ihre Bewertung)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing found: the message breaks none of the platform&apos;s message rules the app knows.</source>
        <translation>Nichts gefunden: Die Nachricht verstößt gegen keine der Nachrichtenregeln der Plattform, die die App kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Message checks&lt;/b&gt; — as you type</source>
        <translation>&lt;b&gt;Nachrichtenprüfung&lt;/b&gt; — beim Tippen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language the greeting is written in. English is what sellers read best.</source>
        <extracomment>the language the greeting is written in (as the wizard&apos;s &quot;Draft language&quot;), apart from the window&apos;s: English by default, as sellers read it best</extracomment>
        <translation>Die Sprache, in der die Begrüßung geschrieben ist. Englisch verstehen Verkäufer am besten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Sprache des Entwurfs:</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Do not send this.&lt;/b&gt;&lt;/span&gt; Take out what blocks it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Nicht senden.&lt;/b&gt;&lt;/span&gt; Entfernen Sie, was blockiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Read the warnings&lt;/b&gt;&lt;/span&gt; before you send it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Lesen Sie die Warnungen&lt;/b&gt;&lt;/span&gt;, bevor Sie senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Fine to send.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Kann gesendet werden.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out what blocks it first</source>
        <translation>Entfernen Sie zuerst, was blockiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep your message as a draft?</source>
        <translation>Ihre Nachricht als Entwurf behalten?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
        <translation>{table}: {source} -&gt; {target}  ABWEICHUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence {sha} {size} bytes: same SHA-256</source>
        <translation>Nachweis {sha} {size} Bytes: gleicher SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence {sha} {size} bytes: MISMATCH (read back {got})</source>
        <translation>Nachweis {sha} {size} Bytes: ABWEICHUNG (zurückgelesen: {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved {orders} and {files} to {target}: rows counted in every table and every evidence file&apos;s SHA-256 read back: {verdict}</source>
        <translation>{orders} und {files} nach {target} verschoben: Zeilen in jeder Tabelle gezählt und SHA-256 jeder Nachweisdatei zurückgelesen: {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+51"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei</numerusform>
            <numerusform>%n Nachweisdateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is the database already open: choose another one to move to</source>
        <translation>ist die bereits geöffnete Datenbank: Wählen Sie eine andere als Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 evidence file the orders refer to is missing from this database&apos;s vault; nothing was copied</source>
        <translation>1 Nachweisdatei, auf die sich die Bestellungen beziehen, fehlt im Nachweis-Speicher dieser Datenbank; nichts wurde kopiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evidence files the orders refer to are missing from this database&apos;s vault; nothing was copied</source>
        <translation>
            <numerusform>%n Nachweisdatei, auf die sich die Bestellungen beziehen, fehlt im Nachweis-Speicher dieser Datenbank; nichts wurde kopiert</numerusform>
            <numerusform>%n Nachweisdateien, auf die sich die Bestellungen beziehen, fehlen im Nachweis-Speicher dieser Datenbank; nichts wurde kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>`aliassist verify-data` lists them; attach them again or detach them, then move the data</source>
        <translation>`aliassist verify-data` listet sie auf; fügen Sie sie erneut hinzu oder lösen Sie sie, und verschieben Sie dann die Daten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already holds data ({orders}, {rows} rows in all); nothing was changed</source>
        <translation>enthält bereits Daten ({orders}, insgesamt {rows} Zeilen); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose an empty database, or add --replace to delete what it holds and put this database&apos;s data in its place</source>
        <translation>Wählen Sie eine leere Datenbank oder fügen Sie --replace hinzu, um deren Inhalt zu löschen und durch die Daten dieser Datenbank zu ersetzen</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../aliassist/notify/delivery.py" line="+55"/>
        <source>Open AliAssist</source>
        <extracomment>Action keys sent with D-Bus notices</extracomment>
        <translation>AliAssist öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all 1 day</source>
        <translation>Alle um 1 Tag verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>Um 1 Tag verschieben</translation>
    </message>
    <message>
        <location filename="../../aliassist/notify/texts.py" line="+51"/>
        <source>passed</source>
        <extracomment>how many notices a catch-up summary lists before &quot;and N more&quot; less than a day left for the most urgent notice</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in less than an hour</source>
        <translation>in weniger als einer Stunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {number} · {store}</source>
        <translation>Bestellung {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Buyer Protection ended: you have %n day(s) to open a dispute</source>
        <translation>
            <numerusform>Käuferschutz abgelaufen: Sie haben %n Tag, um einen Streitfall zu eröffnen</numerusform>
            <numerusform>Käuferschutz abgelaufen: Sie haben %n Tage, um einen Streitfall zu eröffnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {time_left} and the parcel has not arrived</source>
        <translation>{label} {time_left} und das Paket ist nicht angekommen</translation>
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
        <translation>{order}. {label}: {deadline}. {ask} oder eröffnen Sie jetzt einen Streitfall. {help}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more in AliAssist</source>
        <translation>
            <numerusform>… und %n weitere in AliAssist</numerusform>
            <numerusform>… und %n weitere in AliAssist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n Frist braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Fristen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time_left}: {label} (parcel not arrived)</source>
        <translation>{time_left}: {label} (Paket nicht angekommen)</translation>
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
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>Snooze 1 day</source>
        <translation>Um 1 Tag verschieben</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open AliAssist</source>
        <translation>AliAssist öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze all 1 day</source>
        <translation>Alle um 1 Tag verschieben</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../aliassist/gui/settings/notify_settings.py" line="+31"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days before a deadline at which AliAssist warns you, separated by commas. The platform rules suggest {policy_default}.</source>
        <translation>Tage vor einer Frist, an denen AliAssist Sie warnt, durch Kommas getrennt. Die Plattformregeln empfehlen {policy_default}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start AliAssist when I log in</source>
        <translation>AliAssist bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes {location}</source>
        <translation>Schreibt {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume now</source>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn this many days before a deadline:</source>
        <translation>So viele Tage vor einer Frist warnen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications are on (pause them from the tray menu).</source>
        <translation>Benachrichtigungen sind an (im Infobereich-Menü pausieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications are paused until {time}.</source>
        <translation>Benachrichtigungen sind bis {time} pausiert.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../aliassist/services/notifications.py" line="+153"/>
        <source>{text} is not a whole number of days</source>
        <extracomment>log rows older than this past their deadline are not read back (they can&apos;t show again) int8 state codes (aliassist.domain.clocks.STATES) of every order the orders whose clocks this computer warns about</extracomment>
        <translation>{text} ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>write them like 14, 7, 3, 1</source>
        <translation>Schreiben Sie sie wie 14, 7, 3, 1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{value} is out of range (1 to {most} days)</source>
        <translation>{value} liegt außerhalb des Bereichs (1 bis {most} Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give at least one number of days</source>
        <translation>Geben Sie mindestens eine Anzahl von Tagen an</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot write the calendar: {problem}</source>
        <translation>Der Kalender kann nicht geschrieben werden: {problem}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../aliassist/gui/operations.py" line="+62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+50"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking says so)</source>
        <translation>Zugestellt (laut Sendungsverfolgung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the seller</source>
        <translation>An den Verkäufer zurückgesandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <source>Seller responded</source>
        <translation>Verkäufer hat geantwortet</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Return requested</source>
        <translation>Rücksendung angefordert</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+278"/>
        <source>Return shipped</source>
        <translation>Rücksendung verschickt</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Full refund</source>
        <translation>Volle Rückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Kartenrückbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Reklamation beim Zahlungsanbieter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order sections</source>
        <translation>Bestellbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery &amp;&amp; protection</source>
        <translation>Lieferung &amp;&amp; Schutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10.00, in the order&apos;s currency</source>
        <translation>10.00, in der Währung der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option / SKU</source>
        <translation>Variante / SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, size, model</source>
        <translation>Farbe, Größe, Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product link</source>
        <translation>Produktlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image link</source>
        <translation>Bildlink</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add item</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items. Use “Add item”.</source>
        <translation>Keine Artikel. Verwenden Sie „Artikel hinzufügen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add dispute</source>
        <translation>Streitfall hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No disputes. Use “Add dispute”.</source>
        <translation>Keine Streitfälle. Verwenden Sie „Streitfall hinzufügen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paypal, visa, …</source>
        <translation>paypal, visa, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the order&apos;s currency</source>
        <translation>in der Währung der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add payment</source>
        <translation>Zahlung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments. Use “Add payment”.</source>
        <translation>Keine Zahlungen. Verwenden Sie „Zahlung hinzufügen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds &amp;&amp; claims</source>
        <translation>Erstattungen &amp;&amp; Reklamationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files. Use “Add file”.</source>
        <translation>Keine Dateien. Verwenden Sie „Datei hinzufügen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files. Use “Add files…”.</source>
        <translation>Keine Dateien. Verwenden Sie „Dateien hinzufügen…“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>8187000000000001 (from the order page)</source>
        <extracomment>what the editor must tell first (reopened after a refused save: whose change won)</extracomment>
        <translation>8187000000000001 (von der Bestellseite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional: which of your accounts</source>
        <translation>optional: welches Ihrer Konten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the order list shows it, e.g. Awaiting delivery</source>
        <translation>wie in der Bestellliste angezeigt, z. B. Warten auf Lieferung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything you want to remember about this order</source>
        <translation>Alles, was Sie sich zu dieser Bestellung merken möchten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Shop-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Plattformstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>shipped on</source>
        <translation>versandt am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tracking says delivered on</source>
        <translation>laut Sendungsverfolgung zugestellt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirmed receipt on</source>
        <translation>Ich habe den Erhalt bestätigt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming receipt completes the order: the dispute window then closes 15 days later.</source>
        <translation>Die Bestätigung des Erhalts schließt die Bestellung ab: Die Streitfall-Frist endet dann 15 Tage später.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lasts</source>
        <translation>dauert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days from shipping (or the order date)</source>
        <translation> Tage ab Versand (oder Bestelldatum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends on</source>
        <translation>endet am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the order page shows it (“Protection ends: Mar 3”).</source>
        <translation>Wie auf der Bestellseite angezeigt („Schutz endet: 3. März“).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days added</source>
        <translation>Hinzugefügte Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on</source>
        <translation>Gewährt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add extension</source>
        <translation>Verlängerung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No extensions. Use “Add extension”.</source>
        <translation>Keine Verlängerungen. Verwenden Sie „Verlängerung hinzufügen“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Sendungsverfolgungslink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection</source>
        <translation>Käuferschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Gewährte Verlängerungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole order</source>
        <translation>Die ganze Bestellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dispute</source>
        <translation>Kein Streitfall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (received)</source>
        <translation>{reason} (erhalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (not received)</source>
        <translation>{reason} (nicht erhalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute id</source>
        <translation>Streitfall-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute number</source>
        <translation>die Streitfall-Nummer der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return tracking</source>
        <translation>Rücksendungsverfolgung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund asked</source>
        <translation>Geforderte Erstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a partial refund</source>
        <translation>für eine Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Checklisten-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add evidence files</source>
        <translation>Nachweisdateien hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add the file</source>
        <translation>Datei kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Order › Amount paid (currency)</source>
        <translation>Bestellung › Bezahlter Betrag (Währung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount needs the order&apos;s currency (Order tab)</source>
        <translation>ein Betrag braucht die Währung der Bestellung (Reiter Bestellung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order › Order number</source>
        <translation>Bestellung › Bestellnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items › {index} › Price</source>
        <translation>Artikel › {index} › Preis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputes › {index} › Refund</source>
        <translation>Streitfälle › {index} › Erstattung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds › {index} › Amount</source>
        <translation>Erstattungen › {index} › Betrag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order › Amount paid</source>
        <translation>Bestellung › Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check the order</source>
        <translation>Bestellung prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;Fill in the order date to see its deadlines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geben Sie das Bestelldatum ein, um die Fristen zu sehen.&lt;/i&gt;</translation>
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
        <translation>Bestellexporte (*.csv *.tsv *.txt *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import orders</source>
        <extracomment>the dialogs of the import in progress (tests and screenshots reach them here)</extracomment>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clipboard holds no rows to import.</source>
        <translation>Die Zwischenablage enthält keine importierbaren Zeilen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing orders…</source>
        <translation>Bestellungen werden importiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {index}</source>
        <translation>Spalte {index}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import: {summary}.</source>
        <translation>Import: {summary}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail import: {summary}.</source>
        <translation>E-Mail-Import: {summary}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a data file</source>
        <translation>Datendatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json);;All files (*)</source>
        <translation>AliAssist-Daten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>%n Bestellung hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.</numerusform>
            <numerusform>%n Bestellungen hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>AliAssist-Daten (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>%n Bestellung nach {path} geschrieben</numerusform>
            <numerusform>%n Bestellungen nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="+69"/>
        <source>(you)</source>
        <extracomment>asks for the real value of an estimated field (order id, field), when the app can who saved the order last, and who recorded each dispute step (None: not read) the link that shows how each clock was reached texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>(Sie)</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>Deadlines</source>
        <extracomment>the section boxes of the order shown now set by the window: asks for the real value of an estimated field set by the window: who saved the order and recorded its steps (order id) set by the window: asks whom to assign the order to (order id) the current user (ALIASSIST_NAME or the database role), None when not known</extracomment>
        <translation>Fristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates to confirm</source>
        <translation>Zu bestätigende Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select an order to see its deadlines, items, tracking, disputes and payments.</source>
        <translation>Wählen Sie eine Bestellung, um Fristen, Artikel, Sendungsverfolgung, Streitfälle und Zahlungen zu sehen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: &lt;b&gt;{who}&lt;/b&gt;{you}</source>
        <translation>Zugewiesen an: &lt;b&gt;{who}&lt;/b&gt;{you}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: {who}</source>
        <translation>Zugewiesen an: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this order: its deadline notices go to that person only (to everyone while it is assigned to nobody)</source>
        <translation>Wer sich um diese Bestellung kümmert: Ihre Fristhinweise gehen nur an diese Person (an alle, solange sie niemandem zugewiesen ist)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed {date}</source>
        <translation>bestellt am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../aliassist/gui/workspace/orders_model.py" line="+41"/>
        <source>Order</source>
        <extracomment>What the table shows, the deadline facts first (a narrow window scrolls to the rest). The titles are translated where they are shown (`headerData`).</extracomment>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection ends</source>
        <translation>Schutz endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute deadline</source>
        <translation>Streitfall-Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚑ %n dispute(s)</source>
        <translation>
            <numerusform>⚑ %n Streitfall</numerusform>
            <numerusform>⚑ %n Streitfälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All states</source>
        <extracomment>State filters: id -&gt; (label, state names). None shows every order. The labels are translated where they are shown (context &quot;OrdersModel&quot;).</extracomment>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Schutz endet bald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last days to dispute</source>
        <translation>Letzte Tage für Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dispute</source>
        <translation>Im Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates to confirm</source>
        <extracomment>not a state: the orders whose deadline rests on an estimate (OrderTable.estimated)</extracomment>
        <translation>Zu bestätigende Daten</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>
Closed: {reason}.</source>
        <extracomment>The account filter&apos;s value for orders without an account. the platform&apos;s zone, in which a date-only value is read back as its date the usual protection length, for the tooltip of an estimated deadline one text per order (number, store, every item title, tracking), casefolded; loaded on first search by `search_texts`, which the window sets why a closed order is closed (&quot;refunded in full&quot;), read when its tooltip shows; the window sets it</extracomment>
        <translation>
Geschlossen: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>
⚑ %n dispute(s) recorded.</source>
        <translation>
            <numerusform>
⚑ %n Streitfall erfasst.</numerusform>
            <numerusform>
⚑ %n Streitfälle erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> Next dispute clock: {date} (%n day(s) left).</source>
        <translation>
            <numerusform> Nächste Streitfall-Frist: {date} (noch %n Tag).</numerusform>
            <numerusform> Nächste Streitfall-Frist: {date} (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Next dispute clock: {date} ({days} days left).</source>
        <translation> Nächste Streitfall-Frist: {date} (noch {days} Tage).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the receipt date is an estimate (at the earliest: the export did not say when receipt was confirmed)</source>
        <translation>das Empfangsdatum ist geschätzt (frühestmöglich: der Export gab nicht an, wann der Erhalt bestätigt wurde)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the protection length is the usual one (about %n day(s)), not the one on the order page</source>
        <translation>
            <numerusform>die Schutzdauer ist die übliche (etwa %n Tag), nicht die auf der Bestellseite</numerusform>
            <numerusform>die Schutzdauer ist die übliche (etwa %n Tage), nicht die auf der Bestellseite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
The deadline is an estimate: {what}. Select the order and choose “Enter the real date…” in the pane.</source>
        <translation>
Die Frist ist geschätzt: {what}. Wählen Sie die Bestellung und im Bereich „Tatsächliches Datum eingeben…“.</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <location filename="../../aliassist/packet/record.py" line="+18"/>
        <source>No steps recorded yet.</source>
        <extracomment>steps recorded outside the step table texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Noch keine Schritte erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps recorded</source>
        <translation>Erfasste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute was opened</source>
        <translation>der Streitfall wurde eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed although the pre-check blocked it</source>
        <translation>eingereicht, obwohl die Vorprüfung ihn blockiert hat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Platform dispute id</source>
        <translation>Streitfall-ID der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (not recorded)</source>
        <translation>— (nicht erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
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
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/summary.py" line="-241"/>
        <source>BLOCKS</source>
        <translation>BLOCKIERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+87"/>
        <source>Dispute packet: order {number}</source>
        <translation>Streitfall-Paket: Bestellung {number}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by {app} {version} on {date} with the {platform} rules {policy_version}. The manifest lists the SHA-256 of every file, so you can show later that nothing was changed.</source>
        <translation>Erstellt von {app} {version} am {date} mit den {platform}-Regeln {policy_version}. Das Manifest enthält den SHA-256 jeder Datei, sodass Sie später zeigen können, dass nichts verändert wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-check</source>
        <translation>Vorprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence checklist</source>
        <translation>Nachweis-Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking)</source>
        <translation>Zugestellt (Sendungsverfolgung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Erhalt bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection length</source>
        <translation>Schutzdauer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s) (the usual length; not read from the order page)</source>
        <translation>
            <numerusform>etwa %n Tag (die übliche Dauer; nicht von der Bestellseite gelesen)</numerusform>
            <numerusform>etwa %n Tage (die übliche Dauer; nicht von der Bestellseite gelesen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection extended</source>
        <translation>Schutz verlängert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+212"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reason</source>
        <extracomment>territories whose paper is US Letter; everyone else uses A4 texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (this packet)</source>
        <translation>Heute (dieses Paket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Option</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (Streitfall {number})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>passed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>weniger als ein Tag übrig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order state: {state}. Times are in the buyer&apos;s local time.</source>
        <translation>Bestellzustand: {state}. Zeiten in der Ortszeit des Käufers.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to file:</source>
        <translation>Bereit zum Einreichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing blocks this dispute.</source>
        <translation>nichts blockiert diesen Streitfall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready:</source>
        <translation>Nicht bereit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pre-check found something the platform treats as abuse.</source>
        <translation>die Vorprüfung hat etwas gefunden, das die Plattform als Missbrauch wertet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported anyway</source>
        <translation>Trotzdem exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the buyer&apos;s request; the manifest records the override.</source>
        <translation>auf Wunsch des Käufers; das Manifest vermerkt die Übersteuerung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule {rule} · {source}</source>
        <translation>Regel {rule} · {source}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing (recommended)</source>
        <translation>fehlt (empfohlen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to capture</source>
        <translation>Was festzuhalten ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No evidence files are attached.</source>
        <translation>Keine Nachweisdateien angehängt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order placed</source>
        <extracomment>&quot;passed&quot;, &quot;ahead&quot; or &quot;today&quot;</extracomment>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/archive.py" line="+167"/>
        <source>not a ZIP file (or a damaged one), so not a dispute packet</source>
        <extracomment>content that is already compressed: stored as is (deflating it again only costs time) the largest manifest read (a packet of thousands of files lists them in far less): a small ZIP may hold a manifest that inflates to gigabytes what reading a hostile entry can raise: damage, encryption (RuntimeError), an unknown compression method (NotImplementedError), broken headers names that stand more than once in the ZIP (a reader may show either copy)</extracomment>
        <translation>Keine ZIP-Datei (oder eine beschädigte), also kein Streitfall-Paket</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the packet: {strerror}</source>
        <translation>Das Paket kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a regular file, so not a packet</source>
        <translation>ist keine reguläre Datei, also kein Paket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no {manifest}: not an AliAssist dispute packet</source>
        <translation>hat kein {manifest}: kein AliAssist-Streitfall-Paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds {manifest} {value} times: it has been tampered with</source>
        <translation>enthält {manifest} {value}-mal: Es wurde manipuliert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} is {file_size} bytes; a packet&apos;s manifest is far smaller, so this is not an AliAssist packet</source>
        <translation>{manifest} ist {file_size} Bytes groß; das Manifest eines Pakets ist weit kleiner, also ist dies kein AliAssist-Paket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} cannot be read ({value})</source>
        <translation>{manifest} kann nicht gelesen werden ({value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} inflates beyond its stated size: not an AliAssist packet</source>
        <translation>{manifest} entpackt sich über seine angegebene Größe hinaus: kein AliAssist-Paket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} cannot be read ({exc})</source>
        <translation>{manifest} kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} is nested too deeply: not an AliAssist packet manifest</source>
        <translation>{manifest} ist zu tief verschachtelt: kein Manifest eines AliAssist-Pakets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{manifest} is not an AliAssist packet manifest</source>
        <translation>{manifest} ist kein Manifest eines AliAssist-Pakets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{manifest} has no valid version</source>
        <translation>{manifest} hat keine gültige Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the packet was made by a newer AliAssist</source>
        <translation>Das Paket wurde von einem neueren AliAssist erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update AliAssist to verify it</source>
        <translation>Aktualisieren Sie AliAssist, um es zu prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is encrypted</source>
        <translation>sie ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown compression method</source>
        <translation>eine unbekannte Komprimierungsmethode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} has no list of files</source>
        <translation>{manifest} hat keine Dateiliste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{manifest} lists a file without a path</source>
        <translation>{manifest} führt eine Datei ohne Pfad auf</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/packet.py" line="+170"/>
        <source>is a folder; give a file name such as packet.zip</source>
        <extracomment>the longest file name inside the packet (Windows and old unzip tools stay happy) the files the manifest lists (the manifest itself not counted, as verify-packet counts)</extracomment>
        <translation>ist ein Ordner; geben Sie einen Dateinamen wie packet.zip an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence file {name} is missing from the vault</source>
        <translation>Nachweisdatei {name} fehlt im Nachweis-Speicher</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the stored copy of {name} is damaged: its content no longer matches its SHA-256, so no packet was written</source>
        <translation>Die gespeicherte Kopie von {name} ist beschädigt: Ihr Inhalt passt nicht mehr zu ihrem SHA-256, daher wurde kein Paket geschrieben</translation>
    </message>
</context>
<context>
    <name>PacketExporter</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="+61"/>
        <source>Export dispute packet</source>
        <translation>Streitfall-Paket exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute packet (*.zip)</source>
        <translation>Streitfall-Paket (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pre-check blocks this dispute</source>
        <translation>Die Vorprüfung blockiert diesen Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking}

Filing it may count as abuse of Buyer Protection. Export the packet anyway? The manifest will record that you exported it despite the pre-check.</source>
        <translation>{blocking}

Das Einreichen kann als Missbrauch des Käuferschutzes gelten. Paket trotzdem exportieren? Das Manifest vermerkt, dass Sie es trotz der Vorprüfung exportiert haben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the dispute packet…</source>
        <translation>Streitfall-Paket wird exportiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The packet was not written</source>
        <translation>Das Paket wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>RealDateDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/date_entry.py" line="+19"/>
        <source>Receipt confirmed</source>
        <extracomment>field -&gt; (dialog title, what to read on the order page)</extracomment>
        <translation>Erhalt bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you confirm receipt? The order page shows it under the order&apos;s details.</source>
        <translation>Wann haben Sie den Erhalt bestätigt? Die Bestellseite zeigt es unter den Bestelldetails.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When was the parcel delivered? The tracking page shows it.</source>
        <translation>Wann wurde das Paket zugestellt? Die Sendungsverfolgungsseite zeigt es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends</source>
        <translation>Schutz endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When does Buyer Protection end? The order page shows the date under the order&apos;s status.</source>
        <translation>Wann endet der Käuferschutz? Die Bestellseite zeigt das Datum unter dem Bestellstatus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — order {number}</source>
        <translation>{title} — Bestellung {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now {qualifier}: {why}.</source>
        <translation>Aktuell {qualifier}: {why}.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../aliassist/gui/workspace/record_list.py" line="+69"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../aliassist/services/safety.py" line="+48"/>
        <source>the damaged database was moved aside to {path}</source>
        <extracomment>where a damaged database was moved before the restore, if it was evidence files the restored data refers to that are not in the vault</extracomment>
        <translation>Die beschädigte Datenbank wurde nach {path} verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {backup}: {orders}</source>
        <translation>{backup} wiederhergestellt: {orders}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data it replaced was saved as backup {kept} ({restore} {kept} brings it back)</source>
        <translation>Die ersetzten Daten wurden als Sicherung {kept} gespeichert ({restore} {kept} stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: 1 evidence file this backup refers to is missing from the evidence vault</source>
        <translation>Warnung: 1 Nachweisdatei, auf die sich diese Sicherung bezieht, fehlt im Nachweis-Speicher</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n evidence files this backup refers to are missing from the evidence vault</source>
        <translation>
            <numerusform>Warnung: %n Nachweisdatei, auf die sich diese Sicherung bezieht, fehlt im Nachweis-Speicher</numerusform>
            <numerusform>Warnung: %n Nachweisdateien, auf die sich diese Sicherung bezieht, fehlen im Nachweis-Speicher</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no good backup to restore</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup named {name}</source>
        <translation>Keine Sicherung namens {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be restored: {problem}</source>
        <translation>kann nicht wiederhergestellt werden: {problem}</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../aliassist/services/sample.py" line="+93"/>
        <source>this is already the sample database</source>
        <extracomment>The sample database&apos;s file, in the user data folder: never the buyer&apos;s own database.</extracomment>
        <translation>Dies ist bereits die Beispieldatenbank</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/save_conflict.py" line="+44"/>
        <source>Order number</source>
        <extracomment>how each field of an order is named in the table (the editor&apos;s words)</extracomment>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Shop-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection (days)</source>
        <translation>Käuferschutz (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends on</source>
        <translation>Käuferschutz endet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Gewährte Verlängerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status updated</source>
        <translation>Sendungsstatus aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Sendungsverfolgungslink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Plattformstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds and claims</source>
        <translation>Erstattungen und Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates given without a time</source>
        <translation>Daten ohne Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date estimated</source>
        <translation>Empfangsdatum geschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date estimated</source>
        <translation>Zustelldatum geschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {number} was changed meanwhile</source>
        <extracomment>the longest text shown in a cell (the rest is in its tooltip)</extracomment>
        <translation>Bestellung {number} wurde inzwischen geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Someone else saved order {number} while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jemand anderes hat Bestellung {number} gespeichert, während Sie sie bearbeitet haben.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your values and theirs</source>
        <translation>Ihre Werte und die anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}’s (saved)</source>
        <translation>Von {who} (gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved)</source>
        <translation>Andere (gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (not saved)</source>
        <translation>Ihre (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Keep theirs&lt;/b&gt;: drop your changes and show the order as it is saved now.&lt;br&gt;&lt;b&gt;Save mine over theirs&lt;/b&gt;: store your version; their values of the fields above are replaced.&lt;br&gt;&lt;b&gt;Edit again&lt;/b&gt;: reopen the editor with your values, to take over what you want of theirs; nothing you typed is lost.</source>
        <translation>&lt;b&gt;Andere behalten&lt;/b&gt;: Ihre Änderungen verwerfen und die Bestellung so anzeigen, wie sie jetzt gespeichert ist.&lt;br&gt;&lt;b&gt;Meine darüber speichern&lt;/b&gt;: Ihre Version speichern; die anderen Werte der obigen Felder werden ersetzt.&lt;br&gt;&lt;b&gt;Erneut bearbeiten&lt;/b&gt;: den Editor mit Ihren Werten wieder öffnen, um zu übernehmen, was Sie von den anderen möchten; nichts, was Sie eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mine over theirs</source>
        <translation>Meine darüber speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit again</source>
        <translation>Erneut bearbeiten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{who} saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>{who} hat sie am {time} gespeichert (Version {version}); Sie haben Version {expected} geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved it (version {version}); you opened version {expected}.</source>
        <translation>{who} hat sie gespeichert (Version {version}); Sie haben Version {expected} geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>Jemand anderes hat sie am {time} gespeichert (Version {version}); Sie haben Version {expected} geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it (version {version}); you opened version {expected}.</source>
        <translation>Jemand anderes hat sie gespeichert (Version {version}); Sie haben Version {expected} geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Yours and theirs differ in %n field(s):</source>
        <translation>
            <numerusform>Ihre und die andere Version unterscheiden sich in %n Feld:</numerusform>
            <numerusform>Ihre und die andere Version unterscheiden sich in %n Feldern:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and theirs hold the same values.</source>
        <translation>Ihre und die andere Version enthalten dieselben Werte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{saved} Your changes are not saved yet. {differ}</source>
        <translation>{saved} Ihre Änderungen sind noch nicht gespeichert. {differ}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} saved this order on {time} while you were editing it (version {version})</source>
        <translation>{who} hat diese Bestellung am {time} gespeichert, während Sie sie bearbeitet haben (Version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this order while you were editing it (version {version})</source>
        <translation>{who} hat diese Bestellung gespeichert, während Sie sie bearbeitet haben (Version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order on {time} while you were editing it (version {version})</source>
        <translation>Jemand anderes hat diese Bestellung am {time} gespeichert, während Sie sie bearbeitet haben (Version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order while you were editing it (version {version})</source>
        <translation>Jemand anderes hat diese Bestellung gespeichert, während Sie sie bearbeitet haben (Version {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are your values, not saved yet. {saved}; theirs differs from yours in: {fields}. Save stores what this editor shows.</source>
        <translation>Dies sind Ihre Werte, noch nicht gespeichert. {saved}; die andere Version unterscheidet sich von Ihrer in: {fields}. Speichern speichert, was dieser Editor anzeigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} (details differ)</source>
        <translation>{value} (Details unterscheiden sich)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no items</source>
        <translation>keine Artikel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, id {platform_id}</source>
        <translation>, ID {platform_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no disputes</source>
        <translation>keine Streitfälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payments</source>
        <translation>keine Zahlungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no files</source>
        <translation>keine Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no extensions</source>
        <translation>keine Verlängerungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes ({how})</source>
        <translation>ja ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: given</source>
        <translation>nein: angegeben</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../aliassist/services/imported_settings.py" line="+105"/>
        <source>expected the path of a policy file</source>
        <extracomment>remembered column mappings kept from one file at most (one per header ever mapped) the longest header signature or column name a remembered mapping may hold key -&gt; check returning what is wrong with a value (None when it is fine)</extracomment>
        <translation>Pfad einer Richtliniendatei erwartet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/settings_dialog.py" line="+33"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform rules</source>
        <translation>Plattformregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another policy file…</source>
        <translation>Andere Richtliniendatei verwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in rules</source>
        <translation>Integrierte Regeln verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AliAssist applies the platform&apos;s rules from a policy file. When the platform changes its terms, load an edited copy.</source>
        <translation>AliAssist wendet die Regeln der Plattform aus einer Richtliniendatei an. Wenn die Plattform ihre Bedingungen ändert, laden Sie eine bearbeitete Kopie.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: &lt;b&gt;{platform} rules {version}&lt;/b&gt; ({where})</source>
        <translation>Verwendet: &lt;b&gt;{platform}-Regeln {version}&lt;/b&gt; ({where})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a policy file</source>
        <translation>Richtliniendatei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy files (*.toml)</source>
        <translation>Richtliniendateien (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This policy file cannot be used</source>
        <translation>Diese Richtliniendatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This name cannot be kept</source>
        <translation>Dieser Name kann nicht übernommen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This team database cannot be kept</source>
        <translation>Diese Team-Datenbank kann nicht übernommen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings cannot be used</source>
        <translation>Diese Einstellungen können nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database from the next start</source>
        <translation>Datenbank ab dem nächsten Start</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <location filename="../../aliassist/gui/desktop/show_in_folder.py" line="+29"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the exported file in its folder</source>
        <translation>Exportierte Datei in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open {parent} in the file manager</source>
        <translation>{parent} im Dateimanager öffnen</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../aliassist/gui/theme.py" line="+16"/>
        <source>Last days to dispute</source>
        <translation>Letzte Tage für Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has completed; a dispute can still be opened until the dispute deadline.</source>
        <translation>Die Bestellung ist abgeschlossen; ein Streitfall kann bis zur Streitfall-Frist noch eröffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Schutz endet bald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends in the next few days (as many as your earliest reminder, 14 unless changed in Settings). Ask the seller to extend it, or open a dispute if something is wrong.</source>
        <translation>Der Käuferschutz endet in den nächsten Tagen (so vielen wie Ihre früheste Erinnerung, 14, sofern nicht in den Einstellungen geändert). Bitten Sie den Verkäufer um Verlängerung oder eröffnen Sie einen Streitfall, wenn etwas nicht stimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In dispute</source>
        <translation>Im Streitfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dispute is open: watch its clocks.</source>
        <translation>Ein Streitfall ist offen: Behalten Sie seine Fristen im Blick.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped yet; protection runs from the order date.</source>
        <translation>Noch nicht versandt; der Schutz läuft ab dem Bestelldatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection is running.</source>
        <translation>Käuferschutz läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute window has closed.</source>
        <translation>Die Frist für einen Streitfall ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled: a dispute was decided or the order was refunded.</source>
        <translation>Erledigt: Ein Streitfall wurde entschieden oder die Bestellung erstattet.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-449"/>
        <source> (no longer matters)</source>
        <extracomment>the order&apos;s state, whose colour the running clocks&apos; bars take</extracomment>
        <translation> (nicht mehr relevant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the order&apos;s clocks</source>
        <translation>Zeitverlauf der Fristen der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today {date}.
{summary}</source>
        <translation>Heute {date}.
{summary}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>today {date}</source>
        <translation>heute {date}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../aliassist/gui/desktop/tray.py" line="+43"/>
        <source>1 hour</source>
        <extracomment>the tray badge colour of each state that needs the buyer (the calm ones get none) how long notifications can be paused (labels translated where shown: &quot;TrayController&quot;)</extracomment>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pause notifications for…</source>
        <translation>Benachrichtigungen pausieren für…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next deadlines</source>
        <translation>Nächste Fristen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No deadlines ahead</source>
        <translation>Keine anstehenden Fristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking deadlines…</source>
        <translation>Fristen werden geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume notifications (paused until {time})</source>
        <translation>Benachrichtigungen fortsetzen (pausiert bis {time})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: {deadline}</source>
        <translation>Nächste: {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications paused until {time}</source>
        <translation>Benachrichtigungen pausiert bis {time}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{app} keeps running</source>
        <translation>{app} läuft weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} keeps running in the tray so it can warn you before a deadline passes. Click the tray icon to open the window again; choose Quit in its menu to stop.</source>
        <translation>{app} läuft im Infobereich weiter, damit es Sie warnen kann, bevor eine Frist abläuft. Klicken Sie auf das Symbol im Infobereich, um das Fenster wieder zu öffnen; wählen Sie „Beenden“ in seinem Menü, um es zu beenden.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../aliassist/services/undo.py" line="+91"/>
        <source>order {number} has changed since</source>
        <translation>Bestellung {number} wurde seitdem geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another order now has the number {value}</source>
        <translation>Eine andere Bestellung hat jetzt die Nummer {value}</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../aliassist/gui/undo.py" line="+62"/>
        <source>&amp;Undo</source>
        <extracomment>the orders an undo or redo changed (the window reloads and selects them), and what was done (&quot;Undone: Edit order 8187…&quot;) an undo or redo could not be done: what was wrong (nothing changed)</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot undo “{step}”: {error}</source>
        <extracomment>evidence files some recorded state refers to: kept in the vault until released</extracomment>
        <translation>„{step}“ kann nicht rückgängig gemacht werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>„{step}“ kann nicht wiederholt werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: {step}</source>
        <translation>Rückgängig gemacht: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: {step}</source>
        <translation>Wiederholt: {step}</translation>
    </message>
</context>
<context>
    <name>YouGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/you_settings.py" line="+23"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name marks the changes you make (the order pane&apos;s History) and the orders assigned to you: Mine shows them, and their deadline notices come to you only.</source>
        <translation>Ihr Name kennzeichnet Ihre Änderungen (Verlauf im Bestellbereich) und die Ihnen zugewiesenen Bestellungen: „Meine“ zeigt sie an, und ihre Fristhinweise gehen nur an Sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The environment variable {variable} sets it now: &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Die Umgebungsvariable {variable} legt ihn derzeit fest: &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the database role, &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Leer: die Datenbankrolle, &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your changes are not named, and Mine is off.</source>
        <translation>Leer: Ihre Änderungen sind nicht namentlich gekennzeichnet, und „Meine“ ist aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the database role on a team database; on this computer&apos;s file, none.</source>
        <translation>Leer: bei einer Team-Datenbank die Datenbankrolle; bei der Datei auf diesem Computer keiner.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../aliassist/cli/help_text.py" line="+29"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words the app&apos;s command line can print (argparse looks them up with gettext; `use_argparse_words` sends the lookup here, context &quot;argparse&quot;)</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>Folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>Eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>Unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>Ungültige Auswahl: %(value)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>Ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>Ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>Höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>Mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>Nicht zulässig mit Argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>Mehrdeutige Option: %(option)s könnte %(matches)s entsprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>Unbekannter Parser %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>Explizites Argument %r ignoriert</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aliassist/cli/__init__.py" line="+51"/>
        <source>warning: {warning}</source>
        <extracomment>The years `--now` may pin the clock to: deadlines a few years past it must still be dates.</extracomment>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the window is started by `aliassist` itself; name a command here</source>
        <translation>das Fenster wird von `aliassist` selbst gestartet; geben Sie hier einen Befehl an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1 is missing: messages stay in English (run `make translations-build`)</source>
        <translation>Warnung: %1 fehlt: Meldungen bleiben auf Englisch (führen Sie `make translations-build` aus)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/data.py" line="+38"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{created} erstellt, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>wrote %n order(s) to {file}</source>
        <translation>
            <numerusform>%n Bestellung nach {file} geschrieben</numerusform>
            <numerusform>%n Bestellungen nach {file} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/disputes.py" line="+62"/>
        <location filename="../../aliassist/cli/help_strings.py" line="+81"/>
        <source>the language to write the description in: en (the default: sellers read it best), ru, es, pt_BR, fr, de or pl</source>
        <extracomment>A message or description file larger than this is not a message.</extracomment>
        <translation>die Sprache der Beschreibung: en (Standard: Verkäufer verstehen sie am besten), ru, es, pt_BR, fr, de oder pl</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>is a folder, not a text file</source>
        <translation>ist ein Ordner, keine Textdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: {error}</source>
        <translation>Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large for a message (more than {size} bytes)</source>
        <translation>zu groß für eine Nachricht (mehr als {size} Byte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT READY</source>
        <translation>NICHT BEREIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking} blocking, {warnings}</source>
        <translation>{blocking} blockierend, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {reason} · {verdict} ({counts})</source>
        <translation>Bestellung {number} · {reason} · {verdict} ({counts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (Streitfall {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/orders.py" line="+144"/>
        <source>CLOCK</source>
        <translation>FRIST</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>AT</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../aliassist/cli/orders.py" line="-56"/>
        <location line="+55"/>
        <source>DAYS LEFT</source>
        <translation>TAGE ÜBRIG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about: {subject}</source>
        <translation>betrifft: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instead: {fix}</source>
        <translation>stattdessen: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLOCK</source>
        <extracomment>what a finding&apos;s severity is called in the text output</extracomment>
        <translation>BLOCK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message: NOT OK</source>
        <translation>Nachricht: NICHT OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: OK with warnings</source>
        <translation>Nachricht: OK mit Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message: OK, nothing found</source>
        <translation>Nachricht: OK, nichts gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order {number} has no disputes</source>
        <translation>Bestellung {number} hat keine Streitfälle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, item {item}</source>
        <translation>, Artikel {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute {number}{platform_id}: {reason}{item} · {status}</source>
        <translation>Streitfall {number}{platform_id}: {reason}{item} · {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {deadline} (running)</source>
        <translation>{clock}: {deadline} (läuft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{clock}: {deadline} (stopped)</source>
        <translation>{clock}: {deadline} (angehalten)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your words were shortened to fit the form&apos;s {limit} characters; shorten them yourself to choose what stays</source>
        <translation>Ihr Text wurde auf die {limit} Zeichen des Formulars gekürzt; kürzen Sie ihn selbst, um zu bestimmen, was bleibt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>removed the step {step} of {at}</source>
        <translation>Schritt {step} vom {at} entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order {number}, dispute {dispute}: {status} ({at})</source>
        <translation>Bestellung {number}, Streitfall {dispute}: {status} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {kind} of {amount} recorded</source>
        <translation>; {kind} über {amount} erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next steps: {commands}</source>
        <translation>Nächste Schritte: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refund</source>
        <extracomment>how the text output names a kind of payment</extracomment>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial refund</source>
        <translation>Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chargeback</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider claim</source>
        <translation>Anbieter-Reklamation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order {number}: {kind} of {amount} recorded ({at})</source>
        <translation>Bestellung {number}: {kind} über {amount} erfasst ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}: {kind} recorded ({at})</source>
        <translation>Bestellung {number}: {kind} erfasst ({at})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/evidence.py" line="+83"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>erforderliche Nachweise fehlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ITEM</source>
        <translation>EINTRAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEED</source>
        <translation>BEDARF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>already attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>bereits angehängt: {name} als Nachweis {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>angehängt: {name} als Nachweis {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the same file as evidence {index}, now counted for this item too</source>
        <translation>; dieselbe Datei wie Nachweis {index}, jetzt auch für diesen Eintrag gezählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: {name}: {title}. {message}</source>
        <translation>Warnung: {name}: {title}. {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: {name} holds the GPS position where it was taken; packets leave it out of their copy (packet --keep-location keeps it); the vault keeps the file as it is</source>
        <translation>Warnung: {name} enthält die GPS-Position, an der es aufgenommen wurde; Pakete lassen sie in ihrer Kopie weg (packet --keep-location behält sie); der Speicher behält die Datei unverändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no evidence yet: `aliassist attach {number} FILE --kind own_photo`</source>
        <translation>Bestellung {number} hat noch keine Nachweise: `aliassist attach {number} FILE --kind own_photo`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MISSING from the vault</source>
        <translation>FEHLT im Speicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKLIST</source>
        <translation>CHECKLISTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE</source>
        <translation>STREITFALL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/cli/safety.py" line="+100"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAKEN</source>
        <translation>AUFGENOMMEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARNINGS</source>
        <translation>WARNUNGEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{index} {name}: missing. The vault no longer holds this file: attach it again, or detach it.</source>
        <translation>{index} {name}: fehlt. Der Speicher enthält diese Datei nicht mehr: Hängen Sie sie erneut an oder lösen Sie sie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stored copy deleted</source>
        <translation>gespeicherte Kopie gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: a backup lists it</source>
        <translation>gespeicherte Kopie behalten: eine Sicherung führt sie auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: other evidence uses it</source>
        <translation>gespeicherte Kopie behalten: andere Nachweise verwenden sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {name} ({fate})</source>
        <translation>{name} entfernt ({fate})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/help_strings.py" line="-69"/>
        <source>AliAssist: Buyer Protection deadlines, dispute pre-checks, evidence and dispute packets for AliExpress orders. Without a command, opens the window.</source>
        <translation>AliAssist: Käuferschutz-Fristen, Streitfall-Vorprüfungen, Nachweise und Streitfall-Pakete für AliExpress-Bestellungen. Ohne Befehl wird das Fenster geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window offscreen on a temporary database with sample orders and exit 0 if it shows them (for packagers)</source>
        <translation>das Fenster ohne Anzeige (offscreen) mit einer temporären Datenbank mit Beispielbestellungen öffnen und mit 0 beenden, wenn es sie anzeigt (für Paketbetreuer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SQLite database file (default: in your user data folder; or set ALIASSIST_DB)</source>
        <translation>die SQLite-Datenbankdatei (Standard: in Ihrem Benutzerdatenordner; oder ALIASSIST_DB setzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team database (postgresql+psycopg://name@host/db; the password from ~/.pgpass) or any SQLAlchemy URL instead of --db; or set ALIASSIST_DATABASE_URL</source>
        <translation>eine Team-Datenbank (postgresql+psycopg://name@host/db; das Passwort aus ~/.pgpass) oder eine beliebige SQLAlchemy-URL statt --db; oder ALIASSIST_DATABASE_URL setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy of the platform policy file</source>
        <translation>eine bearbeitete Kopie der Plattform-Richtliniendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin the clock for every command (2026-03-05 or 2026-03-05T14:00:00Z)</source>
        <translation>die Uhr für jeden Befehl festlegen (2026-03-05 oder 2026-03-05T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages, tables and the window: en, ru, es, pt_BR, fr, de, pl (default: ALIASSIST_LANG, else the choice in Settings, else the system&apos;s; JSON never changes)</source>
        <translation>Sprache der Meldungen, Tabellen und des Fensters: en, ru, es, pt_BR, fr, de, pl (Standard: ALIASSIST_LANG, sonst die Auswahl in den Einstellungen, sonst die des Systems; JSON ändert sich nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list orders with their clocks</source>
        <translation>Bestellungen mit ihren Fristen auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign an order to a person</source>
        <translation>eine Bestellung einer Person zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadlines coming up</source>
        <translation>anstehende Fristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a JSON data file</source>
        <translation>eine JSON-Datendatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export everything to a JSON data file</source>
        <translation>alles in eine JSON-Datendatei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-check a dispute before you file it</source>
        <translation>einen Streitfall vor dem Einreichen vorprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a message to the seller or a review</source>
        <translation>eine Nachricht an den Verkäufer oder eine Bewertung prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute&apos;s steps; list and draft disputes</source>
        <translation>die Schritte eines Streitfalls erfassen; Streitfälle auflisten und entwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence checklist of a dispute reason</source>
        <translation>die Nachweis-Checkliste eines Streitfallgrunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy evidence files into the vault for an order</source>
        <translation>Nachweisdateien für eine Bestellung in den Speicher kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list an order&apos;s evidence with the checks&apos; warnings</source>
        <translation>die Nachweise einer Bestellung mit den Warnungen der Prüfungen auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove evidence from an order</source>
        <translation>Nachweise aus einer Bestellung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the deadline warnings due now</source>
        <translation>die jetzt fälligen Fristwarnungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the deadlines as an .ics calendar</source>
        <translation>die Fristen als .ics-Kalender exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a dispute packet (ZIP)</source>
        <translation>ein Streitfall-Paket exportieren (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a packet against its manifest</source>
        <translation>ein Paket anhand seines Manifests prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a backup of the database now</source>
        <translation>jetzt eine Sicherung der Datenbank erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the backups of the database</source>
        <translation>die Sicherungen der Datenbank auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the data with a backup</source>
        <translation>die Daten durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database and the evidence files</source>
        <translation>die Datenbank und die Nachweisdateien prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all your data (needs --yes)</source>
        <translation>alle Ihre Daten löschen (erfordert --yes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from an exporter file</source>
        <translation>Bestellungen aus der Datei eines Exportprogramms importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read order dates from the platform&apos;s e-mails</source>
        <translation>Bestelldaten aus den E-Mails der Plattform lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the database and its evidence to another database</source>
        <translation>Datenbank und ihre Nachweise in eine andere Datenbank kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every stored order with its protection end, dispute deadline, days left and state.</source>
        <translation>Alle gespeicherten Bestellungen mit Schutzende, Streitfall-Frist, verbleibenden Tagen und Zustand auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON (every stored field)</source>
        <translation>JSON ausgeben (alle gespeicherten Felder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the orders assigned to you (ALIASSIST_NAME, or your database role on a team database)</source>
        <translation>nur die Ihnen zugewiesenen Bestellungen (ALIASSIST_NAME oder Ihre Datenbankrolle bei einer Team-Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the order to NAME (&quot;me&quot;: yourself, that is ALIASSIST_NAME or your database role on a team database); without NAME, to nobody. Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Die Bestellung NAME zuweisen (&quot;me&quot;: Ihnen selbst, also ALIASSIST_NAME oder Ihrer Datenbankrolle bei einer Team-Datenbank); ohne NAME niemandem. Fristhinweise zu einer zugewiesenen Bestellung gehen nur an diese Person; eine niemandem zugewiesene Bestellung warnt alle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation>die Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who looks after the order (&quot;me&quot; for yourself); leave out to unassign</source>
        <translation>wer sich um die Bestellung kümmert (&quot;me&quot; für Sie selbst); weglassen, um die Zuweisung aufzuheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clocks not yet passed that fall within the window, earliest first: of the orders assigned to you or to nobody (every order while your name is not known).</source>
        <translation>Noch nicht abgelaufene Fristen innerhalb des Zeitfensters, früheste zuerst: der Bestellungen, die Ihnen oder niemandem zugewiesen sind (alle Bestellungen, solange Ihr Name nicht bekannt ist).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days ahead to look (default 14)</source>
        <translation>wie viele Tage im Voraus geschaut wird (Standard 14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people</source>
        <translation>auch die Bestellungen, die anderen Personen zugewiesen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from an AliAssist data file (format aliassist-data, version 1). Same platform and order number update, never duplicate; the whole file goes in as one transaction, or nothing does.</source>
        <translation>Bestellungen aus einer AliAssist-Datendatei importieren (Format aliassist-data, Version 1). Gleiche Plattform und Bestellnummer aktualisieren, nie duplizieren; die ganze Datei wird in einer Transaktion übernommen oder gar nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the report as JSON</source>
        <translation>den Bericht als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every order to a data file, and the evidence files into a folder beside it (FILE-evidence/).</source>
        <translation>Alle Bestellungen in eine Datendatei schreiben und die Nachweisdateien in einen Ordner daneben (FILE-evidence/).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a planned dispute against the platform&apos;s forbidden abuses and the message rules. Exit 0 when nothing blocks it, 1 when something does, 2 for bad input.</source>
        <translation>Einen geplanten Streitfall gegen die verbotenen Missbräuche der Plattform und die Nachrichtenregeln prüfen. Exit 0, wenn nichts blockiert, 1, wenn etwas blockiert, 2 bei fehlerhafter Eingabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (not_received, not_as_described, ...)</source>
        <translation>der Streitfallgrund (not_received, not_as_described, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item, counted from 0 (default: the whole order)</source>
        <translation>der Artikel, ab 0 gezählt (Standard: die ganze Bestellung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full_refund, partial_refund (with --amount) or return_and_refund</source>
        <translation>full_refund, partial_refund (mit --amount) oder return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partial refund you ask for, e.g. 5.00</source>
        <translation>die verlangte Teilrückerstattung, z. B. 5.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the text from a UTF-8 file (- for standard input)</source>
        <translation>den Text aus einer UTF-8-Datei lesen (- für Standardeingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the message checks (review threats, links, deals outside the platform, abusive language, reviews for something) on a text. Exit 0 when nothing blocks it, 1 when something does.</source>
        <translation>Die Nachrichtenprüfungen (Bewertungsdrohungen, Links, Geschäfte außerhalb der Plattform, beleidigende Sprache, Bewertungen gegen Gegenleistung) auf einen Text anwenden. Exit 0, wenn nichts blockiert, 1, wenn etwas blockiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes are named by the order number and the dispute: its number in the order (dispute 1, 2, ...) or the platform&apos;s dispute id. The dispute may be left out when the order has one (or only one running).</source>
        <translation>Streitfälle werden über die Bestellnummer und den Streitfall angegeben: seine Nummer in der Bestellung (Streitfall 1, 2, ...) oder die Streitfall-ID der Plattform. Der Streitfall kann weggelassen werden, wenn die Bestellung einen hat (oder nur einen laufenden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order&apos;s disputes, steps and clocks</source>
        <translation>Streitfälle, Schritte und Fristen der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft the description to file from the order&apos;s facts</source>
        <translation>die einzureichende Beschreibung aus den Bestelldaten entwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute you filed on the platform</source>
        <translation>einen auf der Plattform eingereichten Streitfall erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the seller answered the dispute</source>
        <translation>erfassen, dass der Verkäufer auf den Streitfall geantwortet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you escalated the dispute to the platform</source>
        <translation>erfassen, dass Sie den Streitfall an die Plattform eskaliert haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform asked for the item back</source>
        <translation>erfassen, dass die Plattform den Artikel zurückverlangt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you shipped the item back</source>
        <translation>erfassen, dass Sie den Artikel zurückgeschickt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the money came back (records the refund as a payment)</source>
        <translation>erfassen, dass das Geld zurückgekommen ist (erfasst die Rückerstattung als Zahlung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform decided against you</source>
        <translation>erfassen, dass die Plattform gegen Sie entschieden hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you cancelled the dispute</source>
        <translation>erfassen, dass Sie den Streitfall abgebrochen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the dispute is over</source>
        <translation>erfassen, dass der Streitfall beendet ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back the last step recorded on a dispute (by mistake)</source>
        <translation>den letzten (versehentlich) erfassten Schritt eines Streitfalls zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a refund, chargeback or payment-provider claim</source>
        <translation>eine Rückerstattung, Rückbuchung oder Reklamation beim Zahlungsanbieter erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a dispute description from the order&apos;s facts (dates, item, tracking) and your own words (--text), within the form&apos;s length limit.</source>
        <translation>Eine Streitfall-Beschreibung aus den Bestelldaten (Daten, Artikel, Sendungsverfolgung) und Ihren eigenen Worten (--text) entwerfen, innerhalb der Längenbegrenzung des Formulars.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a dispute as opened. The pre-check runs first: when it blocks, nothing is recorded (exit 1) unless --force (the dispute is already filed).</source>
        <translation>Einen Streitfall als eröffnet erfassen. Zuerst läuft die Vorprüfung: Blockiert sie, wird nichts erfasst (Exit 1), außer mit --force (der Streitfall ist bereits eingereicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute id</source>
        <translation>die Streitfall-ID der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was opened (default: now)</source>
        <translation>wann er eröffnet wurde (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record it even when the pre-check blocks it</source>
        <translation>auch erfassen, wenn die Vorprüfung blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the seller answered the dispute.</source>
        <translation>Erfassen, dass der Verkäufer auf den Streitfall geantwortet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number (from 1) or platform dispute id</source>
        <translation>Nummer (ab 1) oder Streitfall-ID der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it happened (default: now)</source>
        <translation>wann es geschah (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with the step</source>
        <translation>eine mit dem Schritt gespeicherte Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you escalated the dispute to the platform.</source>
        <translation>Erfassen, dass Sie den Streitfall an die Plattform eskaliert haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform asked for the item back.</source>
        <translation>Erfassen, dass die Plattform den Artikel zurückverlangt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>die Sendungsnummer der Rücksendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you shipped the item back.</source>
        <translation>Erfassen, dass Sie den Artikel zurückgeschickt haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the money came back (records the refund as a payment).</source>
        <translation>Erfassen, dass das Geld zurückgekommen ist (erfasst die Rückerstattung als Zahlung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount refunded (default: everything paid, less refunds already received)</source>
        <translation>der erstattete Betrag (Standard: alles Bezahlte abzüglich bereits erhaltener Rückerstattungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform decided against you.</source>
        <translation>Erfassen, dass die Plattform gegen Sie entschieden hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you cancelled the dispute.</source>
        <translation>Erfassen, dass Sie den Streitfall abgebrochen haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the dispute is over.</source>
        <translation>Erfassen, dass der Streitfall beendet ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last step recorded on a dispute: its status and dates become what the earlier steps made them, and the refund a `refunded` step recorded goes too.</source>
        <translation>Den letzten erfassten Schritt eines Streitfalls entfernen: Status und Daten werden wieder so, wie die früheren Schritte sie gesetzt haben, und die von einem `refunded`-Schritt erfasste Rückerstattung wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record money that came back or was claimed outside a dispute step. A chargeback or provider claim blocks any later dispute on the order.</source>
        <translation>Geld erfassen, das außerhalb eines Streitfall-Schritts zurückkam oder reklamiert wurde. Eine Rückbuchung oder Anbieter-Reklamation blockiert jeden späteren Streitfall zu der Bestellung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund, partial_refund, chargeback or provider_claim</source>
        <translation>refund, partial_refund, chargeback oder provider_claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal, your card issuer, ...</source>
        <translation>PayPal, Ihr Kartenaussteller, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute it belongs to, if any</source>
        <translation>der zugehörige Streitfall, falls vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default: now)</source>
        <translation>wann (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence to capture for a dispute reason, each item with whether the order&apos;s files fill it. Exit 1 while a required item is missing.</source>
        <translation>Die für einen Streitfallgrund festzuhaltenden Nachweise, jeweils mit Angabe, ob die Dateien der Bestellung sie abdecken. Exit 1, solange ein erforderlicher Eintrag fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (policy id, e.g. not_as_described); default: the reason of --dispute</source>
        <translation>der Streitfallgrund (Richtlinien-ID, z. B. not_as_described); Standard: der Grund von --dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the files of the order&apos;s dispute N (from 1) too</source>
        <translation>auch die Dateien des Streitfalls N der Bestellung (ab 1) zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files into the evidence vault (stored once by SHA-256, never changed) and attach them to an order. Every file is checked first; if one is unfit, nothing is attached.</source>
        <translation>Dateien in den Nachweis-Speicher kopieren (einmal per SHA-256 gespeichert, nie verändert) und an eine Bestellung anhängen. Jede Datei wird zuerst geprüft; ist eine ungeeignet, wird nichts angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files are: own_photo, own_video, listing_capture, tracking_capture, chat_capture or document</source>
        <translation>was die Dateien sind: own_photo, own_video, listing_capture, tracking_capture, chat_capture oder document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checklist item they fill</source>
        <translation>der Checklisten-Eintrag, den sie abdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to the order&apos;s dispute N (from 1) rather than the whole order</source>
        <translation>an den Streitfall N der Bestellung (ab 1) statt an die ganze Bestellung anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with each file</source>
        <translation>eine mit jeder Datei gespeicherte Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was attached as JSON</source>
        <translation>das Angehängte als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file attached to an order, with the warnings of the evidence checks (photo taken before delivery, looks like the seller&apos;s picture, unfit for upload).</source>
        <translation>Alle an eine Bestellung angehängten Dateien, mit den Warnungen der Nachweisprüfungen (Foto vor der Zustellung aufgenommen, sieht aus wie das Bild des Verkäufers, zum Hochladen ungeeignet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the order-level files and those of dispute N (from 1)</source>
        <translation>nur die Dateien auf Bestellebene und die des Streitfalls N (ab 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove files from an order&apos;s evidence. The stored copy is deleted only when no order refers to it any more.</source>
        <translation>Dateien aus den Nachweisen einer Bestellung entfernen. Die gespeicherte Kopie wird erst gelöscht, wenn keine Bestellung mehr auf sie verweist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an index as `evidence` lists it, a file name, or the start of a SHA-256</source>
        <translation>ein Index, wie `evidence` ihn auflistet, ein Dateiname oder der Anfang eines SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the warnings due now (one catch-up summary when several are due) and log them as shown, so neither this command nor the window repeats them. For cron or Task Scheduler.</source>
        <translation>Die jetzt fälligen Warnungen ausgeben (eine Sammelübersicht, wenn mehrere fällig sind) und als angezeigt protokollieren, damit weder dieser Befehl noch das Fenster sie wiederholt. Für cron oder die Aufgabenplanung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check once and exit (required: the window&apos;s tray does the schedule)</source>
        <translation>einmal prüfen und beenden (erforderlich: die Zeitplanung übernimmt der Infobereich des Fensters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what is due without logging it as shown</source>
        <translation>ausgeben, was fällig ist, ohne es als angezeigt zu protokollieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one calendar event per running clock (DTSTART in UTC) with an alarm at each warning threshold. Event UIDs stay the same across exports, so importing a newer file updates the events instead of duplicating them.</source>
        <translation>Pro laufender Frist ein Kalenderereignis schreiben (DTSTART in UTC) mit einem Alarm bei jeder Warnschwelle. Die Ereignis-UIDs bleiben über Exporte hinweg gleich, sodass der Import einer neueren Datei die Ereignisse aktualisiert, statt sie zu duplizieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calendar file to write</source>
        <translation>die zu schreibende Kalenderdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people (without it: the orders assigned to you or to nobody)</source>
        <translation>auch die Bestellungen, die anderen Personen zugewiesen sind (ohne: die Bestellungen, die Ihnen oder niemandem zugewiesen sind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one ZIP with summary.pdf, message.txt (the description to paste), the evidence files named by checklist item, and manifest.json with the SHA-256 of every file. Refused (exit 1, nothing written) when the pre-check blocks the dispute, unless --force; the manifest then records the override.</source>
        <translation>Eine ZIP-Datei schreiben mit summary.pdf, message.txt (die einzufügende Beschreibung), den nach Checklisten-Eintrag benannten Nachweisdateien und manifest.json mit dem SHA-256 jeder Datei. Abgelehnt (Exit 1, nichts geschrieben), wenn die Vorprüfung den Streitfall blockiert, außer mit --force; das Manifest vermerkt dann die Übersteuerung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recorded dispute: its number (from 1) or the platform&apos;s id</source>
        <translation>ein erfasster Streitfall: seine Nummer (ab 1) oder die ID der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned dispute&apos;s reason</source>
        <translation>der Grund eines geplanten Streitfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the item, counted from 0</source>
        <translation>(geplant) der Artikel, ab 0 gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) full_refund, partial_refund (with --amount), return_and_refund</source>
        <translation>(geplant) full_refund, partial_refund (mit --amount), return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the partial refund asked</source>
        <translation>(geplant) die verlangte Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the packet</source>
        <translation>wohin das Paket geschrieben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it even though the pre-check blocks the dispute</source>
        <translation>trotzdem schreiben, obwohl die Vorprüfung den Streitfall blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary&apos;s paper size (default: by your locale)</source>
        <translation>das Papierformat der Zusammenfassung (Standard: nach Ihrem Gebietsschema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the GPS position photos may hold (by default the packet&apos;s copies leave it out; the vault keeps the originals)</source>
        <translation>die GPS-Position behalten, die Fotos enthalten können (standardmäßig lassen die Kopien im Paket sie weg; der Speicher behält die Originale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was written as JSON</source>
        <translation>das Geschriebene als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of every file in a dispute packet and report files that changed, are missing or were added. Exit 0 when all match, 1 otherwise.</source>
        <translation>Den SHA-256 jeder Datei eines Streitfall-Pakets neu berechnen und geänderte, fehlende oder hinzugefügte Dateien melden. Exit 0, wenn alles übereinstimmt, sonst 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the database into its backups folder (beside it) now. Backups are also made at start (once a day) and before every upgrade; 7 daily and 4 weekly ones are kept.</source>
        <translation>Die Datenbank jetzt in ihren Sicherungsordner (daneben) kopieren. Sicherungen werden auch beim Start (einmal täglich) und vor jedem Upgrade erstellt; 7 tägliche und 4 wöchentliche werden behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the backup as JSON</source>
        <translation>die Sicherung als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database, newest first. Works even when the database itself is damaged.</source>
        <translation>Die Sicherungen der Datenbank auflisten, neueste zuerst. Funktioniert auch, wenn die Datenbank selbst beschädigt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the list as JSON</source>
        <translation>die Liste als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database&apos;s content with a backup. The data it replaces is saved as a backup first, so a restore can be undone. A damaged database is moved aside, never overwritten.</source>
        <translation>Den Inhalt der Datenbank durch eine Sicherung ersetzen. Die ersetzten Daten werden zuerst gesichert, sodass eine Wiederherstellung rückgängig gemacht werden kann. Eine beschädigte Datenbank wird beiseitegelegt, nie überschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name from `aliassist backups`, `latest` (the newest good one), or the path of a backup file</source>
        <translation>ein Name aus `aliassist backups`, `latest` (die neueste intakte) oder der Pfad einer Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run SQLite&apos;s full integrity check and check every evidence file the orders refer to (present, and unchanged since it was stored). Exit 1 when something is wrong.</source>
        <translation>Die vollständige Integritätsprüfung von SQLite ausführen und jede Nachweisdatei prüfen, auf die die Bestellungen verweisen (vorhanden und seit dem Speichern unverändert). Exit 1, wenn etwas nicht stimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that evidence files exist without reading their content</source>
        <translation>prüfen, ob Nachweisdateien existieren, ohne ihren Inhalt zu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the database, the evidence vault, the backups and any damaged copies. Files you exported (data files, dispute packets) are not touched. Without --yes, only shows what would be deleted. Make a portable copy first with `aliassist export-data FILE.json` if you may want it back.</source>
        <translation>Die Datenbank, den Nachweis-Speicher, die Sicherungen und beschädigte Kopien löschen. Von Ihnen exportierte Dateien (Datendateien, Streitfall-Pakete) bleiben unberührt. Ohne --yes wird nur angezeigt, was gelöscht würde. Erstellen Sie zuerst mit `aliassist export-data FILE.json` eine portable Kopie, falls Sie sie zurückhaben möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>really delete everything</source>
        <translation>wirklich alles löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was deleted as JSON</source>
        <translation>das Gelöschte als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from the CSV or XLSX of the AliExpress Order Exporter, the TSV of the AliExpress Bulk Order Exporter (also as a spreadsheet saved them: CSV, XLSX, ODS), or any CSV/TSV whose columns were mapped once (in the window, or with --map). The layout is recognised from the header. Good rows go in as one transaction; bad rows are reported with their line and skipped. Exit 0: every row imported; 1: some rows skipped; 2: nothing could be read, or the file&apos;s dates or currency need --dates or --currency.</source>
        <translation>Bestellungen importieren aus der CSV- oder XLSX-Datei des AliExpress Order Exporter, der TSV-Datei des AliExpress Bulk Order Exporter (auch wenn eine Tabellenkalkulation sie gespeichert hat: CSV, XLSX, ODS) oder einer beliebigen CSV/TSV-Datei, deren Spalten einmal zugeordnet wurden (im Fenster oder mit --map). Das Layout wird an der Kopfzeile erkannt. Gültige Zeilen werden in einer Transaktion übernommen; fehlerhafte Zeilen werden mit ihrer Zeilennummer gemeldet und übersprungen. Exit 0: alle Zeilen importiert; 1: einige Zeilen übersprungen; 2: nichts lesbar, oder Datumsangaben bzw. Währung der Datei erfordern --dates oder --currency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would be imported, and write nothing</source>
        <translation>melden, was importiert würde, und nichts schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</source>
        <translation>{&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]} ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the buyer account these orders belong to (an e-mail or a name)</source>
        <translation>das Käuferkonto, zu dem diese Bestellungen gehören (eine E-Mail-Adresse oder ein Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of amounts written without one (the Bulk Order Exporter&apos;s); without it such a file stops with exit 2 and says so</source>
        <translation>die Währung von Beträgen ohne Währungsangabe (die des Bulk Order Exporter); ohne sie bricht eine solche Datei mit Exit 2 ab und sagt das</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read a file of another layout: which column (its header, or #N counted from 1) fills each field; remembered for files with the same header. Fields: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</source>
        <translation>eine Datei mit anderem Layout lesen: welche Spalte (ihre Überschrift oder #N, ab 1 gezählt) welches Feld füllt; gemerkt für Dateien mit derselben Kopfzeile. Felder: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric dates are month/day/year, day/month/year or year-month-day; needed only when the file&apos;s dates read both ways (03/05/26) and none of them tells (exit 2 says so)</source>
        <translation>numerische Datumsangaben sind Monat/Tag/Jahr, Tag/Monat/Jahr oder Jahr-Monat-Tag; nur nötig, wenn die Datumsangaben der Datei beide Lesarten zulassen (03/05/26) und keine davon es klärt (Exit 2 weist darauf hin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the platform&apos;s e-mails from mail files on this computer (.eml files and folders of them, mbox files such as Thunderbird&apos;s local folders or a Google Takeout .mbox, Maildir folders) and fill the shipped, delivered and receipt-confirmed dates the app left empty; orders known only from mail are added. A date you entered is never overwritten; the same mail read again changes nothing. Exit 0: all read; 1: some messages or files were skipped; 2: nothing could be read.</source>
        <translation>Die E-Mails der Plattform aus E-Mail-Dateien auf diesem Computer lesen (.eml-Dateien und Ordner davon, mbox-Dateien wie die lokalen Ordner von Thunderbird oder ein Google-Takeout-.mbox, Maildir-Ordner) und die Versand-, Zustell- und Erhaltsbestätigungsdaten ausfüllen, die die App leer gelassen hat; nur aus E-Mails bekannte Bestellungen werden hinzugefügt. Ein von Ihnen eingegebenes Datum wird nie überschrieben; dieselbe E-Mail erneut gelesen ändert nichts. Exit 0: alles gelesen; 1: einige Nachrichten oder Dateien übersprungen; 2: nichts lesbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would change, and write nothing</source>
        <translation>melden, was sich ändern würde, und nichts schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; or &quot;file&quot;, &quot;reason&quot;}]}</source>
        <translation>{&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; oder &quot;file&quot;, &quot;reason&quot;}]} ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every order, dispute, step, payment, setting and evidence file of the database (--db or --database-url) to the database URL names: a team database (postgresql+psycopg://...) or a SQLite file (sqlite:///path). Then check the copy: the rows of every table counted on both sides and every evidence file read back from the target with its SHA-256, printed at the end. The source is not changed. Exit 1 when the check finds a difference.</source>
        <translation>Jede Bestellung, jeden Streitfall, Schritt, jede Zahlung, Einstellung und Nachweisdatei der Datenbank (--db oder --database-url) in die Datenbank kopieren, die die URL angibt: eine Team-Datenbank (postgresql+psycopg://...) oder eine SQLite-Datei (sqlite:///path). Danach die Kopie prüfen: Die Zeilen jeder Tabelle werden auf beiden Seiten gezählt und jede Nachweisdatei wird mit ihrem SHA-256 aus dem Ziel zurückgelesen; das Ergebnis wird am Ende ausgegeben. Die Quelle wird nicht verändert. Exit-Code 1, wenn die Prüfung einen Unterschied findet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database to copy to: postgresql+psycopg://... or sqlite:///path</source>
        <translation>die Zieldatenbank: postgresql+psycopg://... oder sqlite:///path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target holds data: delete it first (without this, a target that is not empty is refused and nothing is changed)</source>
        <translation>Das Ziel enthält Daten: zuerst löschen (ohne diese Option wird ein nicht leeres Ziel abgelehnt und nichts geändert)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/imports.py" line="+68"/>
        <source>{item} is not FIELD=COLUMN</source>
        <translation>{item} ist nicht FIELD=COLUMN</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>would import %n new order(s)</source>
        <translation>
            <numerusform>würde %n neue Bestellung importieren</numerusform>
            <numerusform>würde %n neue Bestellungen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n new order(s)</source>
        <translation>
            <numerusform>%n neue Bestellung importiert</numerusform>
            <numerusform>%n neue Bestellungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{layout}: {new}, {updated} updated, {unchanged} unchanged, {skipped}</source>
        <translation>{layout}: {new}, {updated} aktualisiert, {unchanged} unverändert, {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/mail.py" line="+56"/>
        <source>dry run: nothing was written</source>
        <translation>Probelauf: Nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/mail.py" line="-11"/>
        <source>order {number} (new, from mail)</source>
        <translation>Bestellung {number} (neu, aus E-Mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped {what}: {reason}</source>
        <translation>{what} übersprungen: {reason}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/notify.py" line="+54"/>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as deadlines.ics</source>
        <translation>ist ein Ordner; geben Sie einen Dateinamen an, z. B. deadlines.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {count} events to {file}</source>
        <translation>{count} Ereignisse nach {file} geschrieben</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/orders.py" line="-75"/>
        <source>no order is assigned to you: `aliassist assign NUMBER me` assigns one</source>
        <extracomment>Marks a deadline that rests on an estimated date (the note under the table says so). The longest look-ahead `due --within` takes: a century of days covers every real clock.</extracomment>
        <translation>Ihnen ist keine Bestellung zugewiesen: `aliassist assign NUMBER me` weist eine zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders yet: add them in the window, or `aliassist import-data FILE.json`</source>
        <translation>noch keine Bestellungen: Fügen Sie sie im Fenster hinzu oder `aliassist import-data FILE.json`</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <source>ORDER</source>
        <translation>BESTELLUNG</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>STORE</source>
        <translation>SHOP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACED</source>
        <translation>BESTELLT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROTECTION ENDS</source>
        <translation>SCHUTZ ENDET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE BY</source>
        <translation>STREITFALL BIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSIGNEE</source>
        <translation>ZUGEWIESEN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mark}: the deadline rests on an estimate (a receipt date inferred from the order&apos;s status, or the usual 90-day protection): enter the real date in the window (Dates to confirm), or read it from the platform&apos;s e-mails (`aliassist import-mail`)</source>
        <translation>{mark}: Die Frist beruht auf einer Schätzung (ein aus dem Bestellstatus abgeleitetes Empfangsdatum oder der übliche 90-tägige Schutz): Geben Sie das tatsächliche Datum im Fenster ein (Zu bestätigende Daten) oder lesen Sie es aus den E-Mails der Plattform (`aliassist import-mail`)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} was already assigned to {who}</source>
        <translation>Bestellung {number} war bereits {who} zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who} (was {before})</source>
        <translation>Bestellung {number} an {who} zugewiesen (vorher {before})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who}</source>
        <translation>Bestellung {number} an {who} zugewiesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of days from 0 to {most}, not {given}</source>
        <translation>muss eine Anzahl Tage von 0 bis {most} sein, nicht {given}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing due within {days} day</source>
        <translation>nichts fällig innerhalb von {days} Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due within {days} days</source>
        <translation>nichts fällig innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/output.py" line="+91"/>
        <source>disputes are numbered from 1 (dispute 1, 2, ...)</source>
        <extracomment>characters JSON may carry raw that a terminal would act on (DEL, C1 controls, bidirectional controls): printed as \uXXXX escapes, which JSON reads back as the same text</extracomment>
        <translation>Streitfälle werden ab 1 nummeriert (Streitfall 1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/packet.py" line="+68"/>
        <source>these describe a planned dispute; a recorded dispute has its own</source>
        <translation>diese beschreiben einen geplanten Streitfall; ein erfasster Streitfall hat seine eigenen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {file} ({files} and a manifest, {size} bytes)</source>
        <translation>{file} geschrieben ({files} und ein Manifest, {size} Byte)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+20"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>exported although the pre-check blocks this dispute: {rules} (recorded in the manifest)</source>
        <translation>exportiert, obwohl die Vorprüfung diesen Streitfall blockiert: {rules} (im Manifest vermerkt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK: all {files} match the manifest (order {order}, {reason}, made {made})</source>
        <translation>OK: alle {files} stimmen mit dem Manifest überein (Bestellung {order}, {reason}, erstellt {made})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <translation>ZUSÄTZLICH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TWICE</source>
        <translation>DOPPELT</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/safety.py" line="-24"/>
        <source>backup {name}: {description}</source>
        <translation>Sicherung {name}: {description}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no backups yet of {database}</source>
        <translation>noch keine Sicherungen von {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BACKUP</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MADE</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORDERS</source>
        <translation>BESTELLUNGEN</translation>
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
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei</numerusform>
            <numerusform>%n Nachweisdateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all sound</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to delete: there is no data at {database}</source>
        <translation>nichts zu löschen: unter {database} gibt es keine Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would delete {what}</source>
        <translation>würde {what} löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was deleted; run again with --yes to delete all of it</source>
        <translation>nichts wurde gelöscht; führen Sie den Befehl erneut mit --yes aus, um alles zu löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted {what}</source>
        <translation>{what} gelöscht</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/migrate.py" line="+43"/>
        <source>the data {target} held was deleted first (--replace)</source>
        <translation>Die Daten, die {target} enthielt, wurden zuerst gelöscht (--replace)</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message numerus="yes">
        <location filename="../../aliassist/domain/draft.py" line="+40"/>
        <source>%n photo(s) of the item</source>
        <extracomment>(context, text, disambiguation, n) -&gt; the text in the draft&apos;s language, ``%n`` replaced by `n` (n &gt;= 0): aliassist.i18n.translate&apos;s signature, for a translator of the draft&apos;s own language the context of the draft&apos;s templates How each evidence kind is counted (&quot;2 photos of the item&quot;), in the draft&apos;s language.</extracomment>
        <translation>
            <numerusform>%n Foto des Artikels</numerusform>
            <numerusform>%n Fotos des Artikels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) of the item</source>
        <translation>
            <numerusform>%n Video des Artikels</numerusform>
            <numerusform>%n Videos des Artikels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n capture(s) of the listing</source>
        <translation>
            <numerusform>%n Screenshot des Angebots</numerusform>
            <numerusform>%n Screenshots des Angebots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the tracking</source>
        <translation>
            <numerusform>%n Screenshot der Sendungsverfolgung</numerusform>
            <numerusform>%n Screenshots der Sendungsverfolgung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the chat with the seller</source>
        <translation>
            <numerusform>%n Screenshot des Chats mit dem Verkäufer</numerusform>
            <numerusform>%n Screenshots des Chats mit dem Verkäufer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order {number}, placed on {date}.</source>
        <extracomment>Sentence priorities: lower stays longer when the draft must be cut to fit. the buyer&apos;s words had to be shortened to fit (the buyer should shorten them) facts left out to fit</extracomment>
        <translation>Bestellung {number}, aufgegeben am {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on {date}.</source>
        <translation>Versandt am {date}.</translation>
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
            <numerusform>%n Artikel, die ganze Bestellung.</numerusform>
            <numerusform>Alle %n Artikel der Bestellung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {number}</source>
        <translation>Artikel {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}), quantity {quantity}.</source>
        <translation>Artikel: {item} ({sku}), Menge {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}).</source>
        <translation>Artikel: {item} ({sku}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}, quantity {quantity}.</source>
        <translation>Artikel: {item}, Menge {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}.</source>
        <translation>Artikel: {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number {number} ({carrier})</source>
        <translation>Sendungsnummer {number} ({carrier})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number {number}</source>
        <translation>Sendungsnummer {number}</translation>
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
        <translation>{tracking}: Laut Sendungsverfolgung wurde das Paket um den {date} zugestellt, aber es wurde mir nicht übergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered on {date}, but the parcel was not handed to me.</source>
        <translation>{tracking}: Laut Sendungsverfolgung wurde das Paket am {date} zugestellt, aber es wurde mir nicht übergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered, but the parcel was not handed to me.</source>
        <translation>{tracking}: Laut Sendungsverfolgung wurde das Paket zugestellt, aber es wurde mir nicht übergeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tracking}: the last tracking event on {date} is “{status}”.</source>
        <translation>{tracking}: Das letzte Ereignis der Sendungsverfolgung am {date} lautet „{status}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tracking}: the last tracking event is “{status}”.</source>
        <translation>{tracking}: Das letzte Ereignis der Sendungsverfolgung lautet „{status}“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached: {list}.</source>
        <translation>Anbei: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ask for a full refund.</source>
        <translation>Ich bitte um eine volle Rückerstattung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I ask for a partial refund.</source>
        <translation>Ich bitte um eine Teilrückerstattung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a partial refund of {amount}.</source>
        <translation>Ich bitte um eine Teilrückerstattung von {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a refund, and I am ready to return the item.</source>
        <translation>Ich bitte um eine Rückerstattung und bin bereit, den Artikel zurückzusenden.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../aliassist/gui/dispute/drafts.py" line="+21"/>
        <source>Keep a draft?</source>
        <translation>Entwurf behalten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft is kept for this order until you file it or discard it; it comes back when you open this window again.</source>
        <translation>Ein Entwurf wird für diese Bestellung aufbewahrt, bis Sie ihn einreichen oder verwerfen; er erscheint wieder, wenn Sie dieses Fenster erneut öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep draft</source>
        <translation>Entwurf &amp;behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your draft from {time} is back. Close the window and choose Discard to throw it away.</source>
        <translation>Ihr Entwurf vom {time} ist wieder da. Schließen Sie das Fenster und wählen Sie „Verwerfen“, um ihn zu löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your draft is back. Close the window and choose Discard to throw it away.</source>
        <translation>Ihr Entwurf ist wieder da. Schließen Sie das Fenster und wählen Sie „Verwerfen“, um ihn zu löschen.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="-100"/>
        <source>blocks</source>
        <extracomment>how each severity reads in the list of rules (translated where shown: &quot;guide&quot;)</extracomment>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warns</source>
        <translation>warnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informs</source>
        <translation>informiert</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s), informational</source>
        <translation>
            <numerusform>%n Tag, zur Information</numerusform>
            <numerusform>%n Tage, zur Information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Getting started with {app}</source>
        <translation>Erste Schritte mit {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} keeps the Buyer Protection clocks of your {platform} orders, warns you before a deadline passes, checks a dispute before you file it, and keeps its evidence. It works offline: nothing leaves your computer.</source>
        <translation>{app} verfolgt die Käuferschutz-Fristen Ihrer {platform}-Bestellungen, warnt Sie, bevor eine Frist abläuft, prüft einen Streitfall, bevor Sie ihn einreichen, und verwahrt seine Nachweise. Es funktioniert offline: Nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to import your orders</source>
        <translation>So importieren Sie Ihre Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your orders with a browser extension that exports them: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) or &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); any other CSV or TSV works too: the app asks once which column holds what.</source>
        <translation>Speichern Sie Ihre Bestellungen mit einer Browser-Erweiterung, die sie exportiert: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) oder &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); jede andere CSV- oder TSV-Datei funktioniert auch: Die App fragt einmal, welche Spalte was enthält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &lt;b&gt;File ▸ Import orders…&lt;/b&gt; (Ctrl+I), or drop the file on the window, or copy rows from a spreadsheet and press Ctrl+V.</source>
        <translation>Wählen Sie &lt;b&gt;Datei ▸ Bestellungen importieren…&lt;/b&gt; (Strg+I), ziehen Sie die Datei auf das Fenster oder kopieren Sie Zeilen aus einer Tabelle und drücken Sie Strg+V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the preview (skipped rows say why), then &lt;b&gt;Import&lt;/b&gt;. Importing the same file again changes nothing; a newer export updates the orders and keeps what you added.</source>
        <translation>Prüfen Sie die Vorschau (übersprungene Zeilen nennen den Grund), dann &lt;b&gt;Importieren&lt;/b&gt;. Derselbe Import noch einmal ändert nichts; ein neuerer Export aktualisiert die Bestellungen und behält, was Sie hinzugefügt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates in the platform&apos;s e-mails make the clocks exact: &lt;b&gt;File ▸ Import e-mails…&lt;/b&gt;. An order can also be added by hand from its order page: &lt;b&gt;File ▸ New order…&lt;/b&gt; (Ctrl+N).</source>
        <translation>Datumsangaben in den E-Mails der Plattform machen die Fristen genau: &lt;b&gt;Datei ▸ E-Mails importieren…&lt;/b&gt;. Eine Bestellung kann auch von Hand über ihre Bestellseite hinzugefügt werden: &lt;b&gt;Datei ▸ Neue Bestellung…&lt;/b&gt; (Strg+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the clocks mean</source>
        <translation>Was die Fristen bedeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order has a protection timer. A dispute can be opened while it runs and for a short time after the order completes; once a dispute is open, each step has its own clock. The table&apos;s &lt;b&gt;Days left&lt;/b&gt; counts down to the next one, the colours say how close it is, and the order pane shows them all on a timeline. A date given without a time counts from midnight in the platform&apos;s time zone, so a deadline shown is never later than the real one.</source>
        <translation>Jede Bestellung hat einen Schutz-Countdown. Ein Streitfall kann eröffnet werden, solange er läuft, und noch kurze Zeit nach Abschluss der Bestellung; sobald ein Streitfall offen ist, hat jeder Schritt seine eigene Frist. Die Spalte &lt;b&gt;Tage übrig&lt;/b&gt; zählt bis zur nächsten herunter, die Farben zeigen, wie nah sie ist, und der Bestellbereich zeigt alle auf einem Zeitstrahl. Ein Datum ohne Uhrzeit zählt ab Mitternacht in der Zeitzone der Plattform, sodass eine angezeigte Frist nie später liegt als die tatsächliche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the pre-check works</source>
        <translation>So funktioniert die Vorprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s terms forbid some uses of a dispute; breaking them can get the account penalised. &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt; (Ctrl+D) checks what you plan as you type: a &lt;b&gt;blocking&lt;/b&gt; finding means the app will not call the dispute ready or export its packet; a &lt;b&gt;warning&lt;/b&gt; says what to do about it. Each finding names its rule and its source, and the phrases that raise it are underlined. The same checks read a message to the seller or a review (&lt;b&gt;Dispute ▸ Message to seller…&lt;/b&gt;). The rules checked:</source>
        <translation>Die Bedingungen der Plattform verbieten bestimmte Verwendungen eines Streitfalls; Verstöße können zu Sanktionen gegen das Konto führen. &lt;b&gt;Streitfall ▸ Neuer Streitfall…&lt;/b&gt; (Strg+D) prüft Ihr Vorhaben beim Tippen: Ein &lt;b&gt;blockierender&lt;/b&gt; Befund bedeutet, dass die App den Streitfall nicht als bereit einstuft und sein Paket nicht exportiert; eine &lt;b&gt;Warnung&lt;/b&gt; sagt, was zu tun ist. Jeder Befund nennt seine Regel und seine Quelle, und die auslösenden Formulierungen werden unterstrichen. Dieselben Prüfungen lesen eine Nachricht an den Verkäufer oder eine Bewertung (&lt;b&gt;Streitfall ▸ Nachricht an Verkäufer…&lt;/b&gt;). Die geprüften Regeln:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checklist beside it lists the evidence the reason needs; drop your photos and captures on its items. When nothing blocks, export the dispute packet: a summary, the evidence and a manifest that proves nothing was changed.</source>
        <translation>Die Checkliste daneben listet die Nachweise auf, die der Grund erfordert; ziehen Sie Ihre Fotos und Screenshots auf ihre Einträge. Wenn nichts blockiert, exportieren Sie das Streitfall-Paket: eine Zusammenfassung, die Nachweise und ein Manifest, das belegt, dass nichts verändert wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the rules come from</source>
        <translation>Woher die Regeln stammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy {policy} {version}. The platform changes its terms without notice: where sources disagree, the app takes the earlier deadline and the stricter check. An edited copy of the policy can be chosen in Settings.</source>
        <translation>Richtlinie {policy} {version}. Die Plattform ändert ihre Bedingungen ohne Ankündigung: Wo Quellen sich widersprechen, nimmt die App die frühere Frist und die strengere Prüfung. Eine bearbeitete Kopie der Richtlinie kann in den Einstellungen gewählt werden.</translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="-363"/>
        <source>month/day/year (3/25/2026)</source>
        <extracomment>Currencies offered for amounts written without one. how a file writes dates: (value, label; translated where shown, context &quot;import_dialogs&quot;)</extracomment>
        <translation>Monat/Tag/Jahr (3/25/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year (25/3/2026)</source>
        <translation>Tag/Monat/Jahr (25/3/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (2026-03-25)</source>
        <translation>Jahr-Monat-Tag (2026-03-25)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aliassist/gui/launch.py" line="+49"/>
        <source>warning: %1 is missing: some texts stay in English</source>
        <translation>Warnung: %1 fehlt: einige Texte bleiben auf Englisch</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{app} is already running on this database; its window was brought forward.</source>
        <translation>{app} läuft bereits mit dieser Datenbank; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} is already running</source>
        <translation>{app} läuft bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another {app} (process {holder_pid}) is using {database} but does not answer. Close it and start again.</source>
        <translation>Eine andere {app}-Instanz (Prozess {holder_pid}) verwendet {database}, antwortet aber nicht. Schließen Sie sie und starten Sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{app} cannot start</source>
        <translation>{app} kann nicht starten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{app}: backup restored</source>
        <translation>{app}: Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>mail_import</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-78"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>E-Mail-Dateien (*.eml *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>Erhalt bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-confirm reminder</source>
        <translation>Erinnerung an automatische Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute opened</source>
        <translation>Streitfall eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute closed</source>
        <translation>Streitfall geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the mail files or folders on this computer that hold the platform&apos;s e-mails: &lt;b&gt;Thunderbird&lt;/b&gt; keeps each local folder as a file (Inbox) in its profile&apos;s Mail or ImapMail folder; &lt;b&gt;Google Takeout&lt;/b&gt; gives a .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; exports a mailbox as .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution and most programs save messages as .eml files (drag them into a folder); &lt;b&gt;Maildir&lt;/b&gt; folders are read as they are. The files are only read, here: nothing leaves this computer.</source>
        <translation>Wählen Sie die E-Mail-Dateien oder -Ordner auf diesem Computer, die die E-Mails der Plattform enthalten: &lt;b&gt;Thunderbird&lt;/b&gt; speichert jeden lokalen Ordner als Datei (Inbox) im Ordner Mail oder ImapMail seines Profils; &lt;b&gt;Google Takeout&lt;/b&gt; liefert eine .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; exportiert ein Postfach als .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution und die meisten Programme speichern Nachrichten als .eml-Dateien (ziehen Sie sie in einen Ordner); &lt;b&gt;Maildir&lt;/b&gt;-Ordner werden so gelesen, wie sie sind. Die Dateien werden hier nur gelesen: Nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message numerus="yes">
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+34"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than a day left</source>
        <translation>weniger als ein Tag übrig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>order_pane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-144"/>
        <source>How are these dates worked out?</source>
        <translation>Wie werden diese Daten berechnet?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{clock} (dispute {index})</source>
        <extracomment>the clock still matters in the order&apos;s state (drawn in colour; else grey)</extracomment>
        <translation>{clock} (Streitfall {index})</translation>
    </message>
    <message>
        <location line="+123"/>
        <source> (an estimate: see below)</source>
        <translation> (geschätzt: siehe unten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed on {date}</source>
        <translation>abgelaufen am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left, until {date}</source>
        <translation>weniger als ein Tag übrig, bis {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left, until {date}</source>
        <translation>
            <numerusform>noch %n Tag, bis {date}</numerusform>
            <numerusform>noch %n Tage, bis {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show how each deadline follows from the order&apos;s dates</source>
        <translation>Zeigen, wie sich jede Frist aus den Daten der Bestellung ergibt</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the real date…</source>
        <translation>Tatsächliches Datum eingeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the order page shows; the estimate is replaced</source>
        <translation>Geben Sie das Datum von der Bestellseite ein; die Schätzung wird ersetzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Sendungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt confirmed</source>
        <translation>Erhalt bestätigt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, opened {date}</source>
        <translation>, eröffnet am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Item: {title}</source>
        <translation>&lt;br&gt;Artikel: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Asks for {amount}</source>
        <translation>&lt;br&gt;Verlangt {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>weniger als ein Tag übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next: {clock}&lt;/b&gt; by {date} ({when})</source>
        <translation>&lt;b&gt;Nächste: {clock}&lt;/b&gt; bis {date} ({when})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> via {provider}</source>
        <translation> über {provider}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened</source>
        <extracomment>how a recorded dispute step reads in the history (the others: STEPS&apos; labels)</extracomment>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed despite the pre-check</source>
        <translation>Trotz Vorprüfung eingereicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source> by {who}</source>
        <translation> von {who}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> on {time}</source>
        <translation> am {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved{by}{on}</source>
        <translation>Zuletzt gespeichert{by}{on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute {index}</source>
        <translation>Streitfall {index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dispute} {step} on {date}{by}</source>
        <translation>{dispute} {step} am {date}{by}</translation>
    </message>
</context>
<context>
    <name>packet_export</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="-62"/>
        <source>No dispute recorded</source>
        <translation>Kein Streitfall erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} has no recorded dispute. Plan one with Dispute ▸ New dispute…; its packet can be exported from there.</source>
        <translation>Bestellung {number} hat keinen erfassten Streitfall. Planen Sie einen mit Streitfall ▸ Neuer Streitfall…; sein Paket kann von dort exportiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export dispute packet</source>
        <translation>Streitfall-Paket exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which dispute&apos;s packet?</source>
        <translation>Paket welches Streitfalls?</translation>
    </message>
</context>
<context>
    <name>pane_evidence</name>
    <message>
        <location filename="../../aliassist/gui/workspace/pane_evidence.py" line="+32"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>erforderliche Nachweise fehlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reason}&lt;/b&gt; (dispute {index}): {done}</source>
        <translation>&lt;b&gt;{reason}&lt;/b&gt; (Streitfall {index}): {done}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) kept in the evidence vault.</source>
        <translation>
            <numerusform>%n Datei im Nachweis-Speicher aufbewahrt.</numerusform>
            <numerusform>%n Dateien im Nachweis-Speicher aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence attached yet.</source>
        <translation>Noch keine Nachweise angehängt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the evidence checklist…</source>
        <translation>Nachweis-Checkliste öffnen…</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../aliassist/i18n_policy.py" line="+62"/>
        <source>it</source>
        <extracomment>the context every policy text is translated in section -&gt; the keys of each of its entries that people read (a section of arrays of tables, such as checklists, holds lists of entries) the generated module, beside this one</extracomment>
        <translation>dies</translation>
    </message>
    <message>
        <location filename="../../aliassist/policy_strings.py" line="+13"/>
        <source>Buyer Protection ends</source>
        <translation>Käuferschutz endet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protection timer on the order page. Open a dispute before it ends, or ask the seller to extend it.</source>
        <translation>Der Schutz-Countdown auf der Bestellseite. Eröffnen Sie vor seinem Ablauf einen Streitfall oder bitten Sie den Verkäufer, den Schutz zu verlängern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day to open a dispute</source>
        <translation>Letzter Tag zum Eröffnen eines Streitfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispute can be opened during protection and up to 15 days after the order completes (receipt confirmed, or protection ended).</source>
        <translation>Ein Streitfall kann während des Schutzes und bis zu 15 Tage nach Abschluss der Bestellung eröffnet werden (Erhalt bestätigt oder Schutz abgelaufen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller must respond</source>
        <translation>Verkäufer muss antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the seller does not answer within 5 days, your proposal is carried out.</source>
        <translation>Antwortet der Verkäufer nicht innerhalb von 5 Tagen, wird Ihr Vorschlag umgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the seller or escalate</source>
        <translation>Dem Verkäufer antworten oder eskalieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller answered your dispute. Accept the proposal, reply with your evidence, or escalate to the platform before this; a dispute left unanswered can be closed.</source>
        <translation>Der Verkäufer hat auf Ihren Streitfall geantwortet. Nehmen Sie vor diesem Termin den Vorschlag an, antworten Sie mit Ihren Nachweisen oder eskalieren Sie an die Plattform; ein unbeantworteter Streitfall kann geschlossen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform steps in</source>
        <translation>Plattform greift ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After escalation the platform reviews the case and steps in.</source>
        <translation>Nach der Eskalation prüft die Plattform den Fall und greift ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship the return</source>
        <translation>Rücksendung verschicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return not shipped in time loses the refund.</source>
        <translation>Wird die Rücksendung nicht rechtzeitig verschickt, entfällt die Rückerstattung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the seller to extend protection</source>
        <translation>Verkäufer um Verlängerung des Schutzes bitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for an extension on the order page 5 to 7 days before protection ends; only the seller can grant it.</source>
        <translation>Bitten Sie 5 bis 7 Tage vor Ablauf des Schutzes auf der Bestellseite um eine Verlängerung; nur der Verkäufer kann sie gewähren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal claim window ends</source>
        <translation>PayPal-Reklamationsfrist endet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: PayPal accepts disputes within 180 days of payment. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Außerhalb der Plattform: PayPal nimmt Konflikte bis 180 Tage nach der Zahlung an. Wer dort einen eröffnet, kann keinen Streitfall mehr bei AliExpress eröffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card chargeback window ends (about)</source>
        <translation>Frist für Kartenrückbuchung endet (ungefähr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: card chargebacks are usually possible for about 120 days from the transaction. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Außerhalb der Plattform: Kartenrückbuchungen (Chargebacks) sind meist etwa 120 Tage ab der Transaktion möglich. Wer eine veranlasst, kann keinen Streitfall mehr bei AliExpress eröffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item not received</source>
        <translation>Artikel nicht erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tracking movement, the parcel is lost, or it was delivered to someone else.</source>
        <translation>Keine Bewegung in der Sendungsverfolgung, das Paket ist verloren gegangen oder wurde an jemand anderen zugestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the seller</source>
        <translation>An den Verkäufer zurückgesandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel going back to the seller.</source>
        <translation>Die Sendungsverfolgung zeigt, dass das Paket an den Verkäufer zurückgeht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held at customs</source>
        <translation>Beim Zoll festgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs is holding the parcel (duties, missing documents, prohibited goods).</source>
        <translation>Der Zoll hält das Paket fest (Abgaben, fehlende Unterlagen, verbotene Waren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size, colour, material or function differ from the listing.</source>
        <translation>Größe, Farbe, Material oder Funktion weichen vom Angebot ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor quality</source>
        <translation>Schlechte Qualität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects, bad workmanship, quality well below what the listing shows.</source>
        <translation>Mängel, schlechte Verarbeitung, Qualität weit unter dem, was das Angebot zeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not work</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item does not work or stopped working on arrival.</source>
        <translation>Der Artikel funktioniert nicht oder ist bei Ankunft ausgefallen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item arrived broken or damaged.</source>
        <translation>Der Artikel kam kaputt oder beschädigt an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You received a different item from the one you ordered.</source>
        <translation>Sie haben einen anderen Artikel erhalten als den bestellten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing parts or accessories</source>
        <translation>Fehlende Teile oder Zubehör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts or accessories the listing includes are missing.</source>
        <translation>Teile oder Zubehör, die laut Angebot enthalten sind, fehlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer pieces than ordered</source>
        <translation>Weniger Stück als bestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel holds fewer pieces than you paid for.</source>
        <translation>Das Paket enthält weniger Stück, als Sie bezahlt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty parcel</source>
        <translation>Leeres Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel arrived empty.</source>
        <translation>Das Paket kam leer an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterfeit</source>
        <translation>Fälschung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fake brand goods. This is also an intellectual-property violation by the seller.</source>
        <translation>Gefälschte Markenware. Das ist zudem eine Verletzung geistigen Eigentums durch den Verkäufer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Volle Rückerstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Teilrückerstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return and refund</source>
        <translation>Rücksendung und Rückerstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the platform decides the item goes back, you must ship it back before the refund is paid.</source>
        <translation>Entscheidet die Plattform, dass der Artikel zurückgeht, müssen Sie ihn zurücksenden, bevor die Rückerstattung ausgezahlt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My photo of what I received</source>
        <translation>Mein Foto der erhaltenen Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My video</source>
        <translation>Mein Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the listing</source>
        <translation>Screenshot des Angebots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the tracking</source>
        <translation>Screenshot der Sendungsverfolgung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the chat with the seller</source>
        <translation>Screenshot des Chats mit dem Verkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (customs notice, carrier statement, report)</source>
        <translation>Dokument (Zollbescheid, Bescheinigung des Versanddienstleisters, Protokoll)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds like revenge</source>
        <translation>Klingt nach Rache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text reads as revenge on the seller. Disputes opened to retaliate are forbidden; describe only what is wrong with the order, and leave out how you feel about the seller.</source>
        <translation>Der Text liest sich wie Rache am Verkäufer. Streitfälle, die aus Vergeltung eröffnet werden, sind verboten; beschreiben Sie nur, was mit der Bestellung nicht stimmt, und lassen Sie Ihre Gefühle gegenüber dem Verkäufer weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: write only what is wrong with the order and what you ask for.</source>
        <translation>Entfernen Sie „{found}“: Schreiben Sie nur, was mit der Bestellung nicht stimmt und was Sie verlangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concrete reason</source>
        <translation>Kein konkreter Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes without real reasons are forbidden. Choose a reason and describe concrete facts: what you ordered, what you received or what tracking shows, and when.</source>
        <translation>Streitfälle ohne echten Grund sind verboten. Wählen Sie einen Grund und beschreiben Sie konkrete Fakten: was Sie bestellt haben, was Sie erhalten haben oder was die Sendungsverfolgung zeigt, und wann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt already confirmed</source>
        <translation>Erhalt bereits bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirmed receipt of this order, so claiming it was not received counts as a false claim. If something is wrong with what arrived, choose a received-item reason instead.</source>
        <translation>Sie haben den Erhalt dieser Bestellung bestätigt; die Behauptung, sie sei nicht angekommen, gilt daher als falsche Angabe. Stimmt etwas mit der gelieferten Ware nicht, wählen Sie stattdessen einen Grund für erhaltene Artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered</source>
        <translation>Sendungsverfolgung meldet „zugestellt“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel as delivered. If it never reached you, get a written statement from the carrier or post office that it was not handed to you, and attach it.</source>
        <translation>Laut Sendungsverfolgung wurde das Paket zugestellt. Haben Sie es nie erhalten, holen Sie beim Versanddienstleister oder bei der Post eine schriftliche Bestätigung ein, dass es Ihnen nicht ausgehändigt wurde, und fügen Sie sie bei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo or video of what you received</source>
        <translation>Kein Foto oder Video der erhaltenen Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim about the item you received needs at least one of your own photos or videos of it. Photograph or film the item (and the difference from the listing), then attach it.</source>
        <translation>Eine Beanstandung des erhaltenen Artikels braucht mindestens ein eigenes Foto oder Video davon. Fotografieren oder filmen Sie den Artikel (und die Abweichung vom Angebot) und fügen Sie die Aufnahme bei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No capture of the listing</source>
        <translation>Kein Screenshot des Angebots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show the item is not as described, attach a capture of the listing (title, photos, specifications) as it was when you ordered.</source>
        <translation>Um zu zeigen, dass der Artikel nicht wie beschrieben ist, fügen Sie einen Screenshot des Angebots (Titel, Fotos, technische Daten) bei, wie es zum Zeitpunkt der Bestellung aussah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence missing</source>
        <translation>Nachweise fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required evidence for this reason is missing. Attach the items the checklist marks as required before you file.</source>
        <translation>Für diesen Grund fehlen erforderliche Nachweise. Fügen Sie vor dem Einreichen die Punkte bei, die die Checkliste als erforderlich markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already refunded</source>
        <translation>Bereits erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full refund is recorded for this order. Opening a dispute after a refund is forbidden.</source>
        <translation>Für diese Bestellung ist eine volle Rückerstattung vermerkt. Einen Streitfall nach einer Rückerstattung zu eröffnen ist verboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargeback or payment claim already made</source>
        <translation>Rückbuchung oder Zahlungsreklamation bereits erfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card chargeback or a payment-provider claim (PayPal or similar) is recorded for this order. A platform dispute on top of it is forbidden; follow the claim you opened instead.</source>
        <translation>Für diese Bestellung ist eine Kartenrückbuchung oder eine Reklamation beim Zahlungsdienst (PayPal o. Ä.) vermerkt. Ein zusätzlicher Streitfall auf der Plattform ist verboten; verfolgen Sie stattdessen die von Ihnen eröffnete Reklamation weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund already received</source>
        <translation>Teilrückerstattung bereits erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund is recorded for this order. A new dispute must be about a different problem, and any refund asked must not count the amount already paid back.</source>
        <translation>Für diese Bestellung ist eine Teilrückerstattung vermerkt. Ein neuer Streitfall muss ein anderes Problem betreffen, und die geforderte Erstattung darf den bereits zurückgezahlten Betrag nicht einrechnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demands beyond the listing</source>
        <translation>Forderungen über das Angebot hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute asks for goods, parts, services, discounts or coupons that were not part of the listing, or ties a review to a demand. That is treated as blackmail. Ask only for a refund or a return of what you paid for.</source>
        <translation>Der Streitfall fordert Waren, Teile, Leistungen, Rabatte oder Gutscheine, die nicht Teil des Angebots waren, oder knüpft eine Bewertung an eine Forderung. Das gilt als Erpressung. Verlangen Sie nur eine Rückerstattung oder die Rückgabe dessen, was Sie bezahlt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask only for a refund or a return of what you paid for, and leave reviews and extras out of it.</source>
        <translation>Entfernen Sie „{found}“: Verlangen Sie nur eine Rückerstattung oder die Rückgabe dessen, was Sie bezahlt haben, und lassen Sie Bewertungen und Extras weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund above what was paid</source>
        <translation>Erstattung über dem bezahlten Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund asked is more than was paid for this order (less any refund already received). Ask for at most what you paid.</source>
        <translation>Die geforderte Erstattung übersteigt den für diese Bestellung bezahlten Betrag (abzüglich bereits erhaltener Erstattungen). Verlangen Sie höchstens, was Sie bezahlt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same dispute already exists</source>
        <translation>Gleicher Streitfall existiert bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dispute for this order and item with the same reason. Several disputes for the same reason are forbidden; continue the existing one.</source>
        <translation>Für diese Bestellung und diesen Artikel gibt es bereits einen Streitfall mit demselben Grund. Mehrere Streitfälle aus demselben Grund sind verboten; führen Sie den bestehenden weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening a cancelled dispute</source>
        <translation>Wiedereröffnung eines abgebrochenen Streitfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled a dispute with the same reason on this order and no refund was paid. Reopen it only with new facts, and say what changed.</source>
        <translation>Sie haben einen Streitfall mit demselben Grund zu dieser Bestellung abgebrochen, und es wurde keine Rückerstattung gezahlt. Eröffnen Sie ihn nur mit neuen Fakten erneut und geben Sie an, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late to open a dispute</source>
        <translation>Zu spät für einen Streitfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute window for this order has closed. A dispute can no longer be opened on the platform.</source>
        <translation>Die Frist für einen Streitfall zu dieser Bestellung ist abgelaufen. Auf der Plattform kann kein Streitfall mehr eröffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same item disputed from another account</source>
        <translation>Gleicher Artikel von einem anderen Konto beanstandet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same listing or store item is disputed from another of your accounts. Linked accounts are penalised together; dispute it from one account only.</source>
        <translation>Für dasselbe Angebot oder denselben Shop-Artikel läuft ein Streitfall von einem anderen Ihrer Konten. Verknüpfte Konten werden gemeinsam sanktioniert; eröffnen Sie den Streitfall nur von einem Konto aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description too long</source>
        <translation>Beschreibung zu lang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute form does not take a description this long. Keep to what is wrong, what you ordered and what you ask for, and leave out the rest.</source>
        <translation>Das Streitfall-Formular nimmt keine so lange Beschreibung an. Beschränken Sie sich darauf, was nicht stimmt, was Sie bestellt haben und was Sie verlangen, und lassen Sie den Rest weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatens a negative review</source>
        <translation>Drohung mit negativer Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatening a negative review to get something is forbidden and can get your reviews removed and your account blocked. State the problem and the remedy you ask for, without the threat.</source>
        <translation>Mit einer negativen Bewertung zu drohen, um etwas zu erreichen, ist verboten und kann dazu führen, dass Ihre Bewertungen entfernt und Ihr Konto gesperrt wird. Schildern Sie das Problem und die gewünschte Lösung ohne Drohung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: describe the problem and the refund or return you ask for, without mentioning a review.</source>
        <translation>Entfernen Sie „{found}“: Beschreiben Sie das Problem und die gewünschte Rückerstattung oder Rücksendung, ohne eine Bewertung zu erwähnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to another site</source>
        <translation>Link zu einer anderen Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to sites other than the platform are not allowed in messages and reviews. Attach a capture instead of linking to it.</source>
        <translation>Links zu anderen Websites als der Plattform sind in Nachrichten und Bewertungen nicht erlaubt. Fügen Sie statt eines Links einen Screenshot bei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: attach a capture or the file itself instead of a link.</source>
        <translation>Entfernen Sie „{found}“: Fügen Sie statt eines Links einen Screenshot oder die Datei selbst bei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal outside the platform</source>
        <translation>Geschäft außerhalb der Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers to pay or trade outside the platform lose Buyer Protection and break the rules. Keep payment and refunds on the platform.</source>
        <translation>Angebote, außerhalb der Plattform zu zahlen oder zu handeln, führen zum Verlust des Käuferschutzes und verstoßen gegen die Regeln. Wickeln Sie Zahlungen und Erstattungen über die Plattform ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for the refund or the answer here, on the platform, not by app, card or transfer.</source>
        <translation>Entfernen Sie „{found}“: Verlangen Sie die Rückerstattung oder die Antwort hier auf der Plattform, nicht per App, Karte oder Überweisung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language</source>
        <translation>Beleidigende Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insults, profanity and threats break the communication rules and weaken your case. Keep to the facts.</source>
        <translation>Beleidigungen, Schimpfwörter und Drohungen verstoßen gegen die Kommunikationsregeln und schwächen Ihre Position. Bleiben Sie bei den Fakten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: say what is wrong in plain, calm words.</source>
        <translation>Entfernen Sie „{found}“: Sagen Sie in einfachen, ruhigen Worten, was nicht stimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review in exchange for something</source>
        <translation>Bewertung gegen Gegenleistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for or offering a review in exchange for a refund, gift or anything else is review manipulation. Leave it out.</source>
        <translation>Eine Bewertung im Austausch gegen eine Rückerstattung, ein Geschenk oder sonst etwas zu verlangen oder anzubieten, ist Bewertungsmanipulation. Lassen Sie das weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for what you want on its own, and keep your review to your honest opinion of the item.</source>
        <translation>Entfernen Sie „{found}“: Verlangen Sie, was Sie möchten, für sich allein, und geben Sie in Ihrer Bewertung nur Ihre ehrliche Meinung zum Artikel wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo taken before the item could arrive</source>
        <translation>Foto vor möglicher Ankunft des Artikels aufgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This photo was taken before the item could have reached you (before it shipped, or before the order date). Use photos of what you received, taken after it arrived.</source>
        <translation>Dieses Foto wurde aufgenommen, bevor der Artikel bei Ihnen angekommen sein konnte (vor dem Versand oder vor dem Bestelldatum). Verwenden Sie Fotos der erhaltenen Ware, die nach ihrer Ankunft aufgenommen wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looks like the seller&apos;s picture</source>
        <translation>Sieht aus wie das Bild des Verkäufers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like the seller&apos;s picture, not your photo of what you received. Mark it as a listing capture, or replace it with your own photo.</source>
        <translation>Dies sieht aus wie das Bild des Verkäufers, nicht wie Ihr Foto der erhaltenen Ware. Markieren Sie es als Screenshot des Angebots oder ersetzen Sie es durch Ihr eigenes Foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform will not take this file</source>
        <translation>Die Plattform nimmt diese Datei nicht an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is too large or in a format the dispute form does not accept (HEIC from phones, for one). The dispute packet converts it to a JPEG within the limit; attach the converted copy.</source>
        <translation>Diese Datei ist zu groß oder hat ein Format, das das Streitfall-Formular nicht annimmt (zum Beispiel HEIC von Smartphones). Das Streitfall-Paket wandelt sie in ein JPEG innerhalb des Limits um; fügen Sie die umgewandelte Kopie bei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history</source>
        <translation>Sendungsverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the whole tracking history from the order page or the carrier&apos;s site, with the last event and its date.</source>
        <translation>Erstellen Sie einen Screenshot des gesamten Sendungsverlaufs von der Bestellseite oder der Website des Versanddienstleisters, mit dem letzten Ereignis und seinem Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel never moved, was lost, or went elsewhere.</source>
        <translation>Zeigt, dass das Paket sich nie bewegt hat, verloren ging oder woandershin ging.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier or post-office statement</source>
        <translation>Bestätigung des Versanddienstleisters oder der Post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your post office or the carrier for a written statement that the parcel was not delivered to you.</source>
        <translation>Bitten Sie Ihre Post oder den Versanddienstleister um eine schriftliche Bestätigung, dass das Paket Ihnen nicht zugestellt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered; only the carrier&apos;s statement outweighs it.</source>
        <translation>Die Sendungsverfolgung meldet „zugestellt“; nur die Bestätigung des Versanddienstleisters wiegt schwerer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat with the seller</source>
        <translation>Chat mit dem Verkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the missing parcel and their answers.</source>
        <translation>Erstellen Sie Screenshots Ihrer Nachrichten an den Verkäufer zum fehlenden Paket und seiner Antworten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you tried to resolve it first.</source>
        <translation>Zeigt, dass Sie zuerst versucht haben, das Problem zu lösen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history showing the return</source>
        <translation>Sendungsverlauf mit der Rücksendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel going back to the seller.</source>
        <translation>Erstellen Sie Screenshots der Sendungsereignisse, die zeigen, dass das Paket an den Verkäufer zurückgeht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proves the parcel never reached you.</source>
        <translation>Beweist, dass das Paket Sie nie erreicht hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the return.</source>
        <translation>Erstellen Sie Screenshots Ihrer Nachrichten an den Verkäufer zur Rücksendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official customs notice</source>
        <translation>Offizieller Zollbescheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or photograph the official notice from customs (why it is held, what it asks for).</source>
        <translation>Scannen oder fotografieren Sie den offiziellen Bescheid des Zolls (warum das Paket festgehalten wird, was verlangt wird).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform decides customs cases on the official notice.</source>
        <translation>Die Plattform entscheidet Zollfälle anhand des offiziellen Bescheids.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel held at customs.</source>
        <translation>Erstellen Sie Screenshots der Sendungsereignisse, die zeigen, dass das Paket beim Zoll festgehalten wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows where the parcel stopped and since when.</source>
        <translation>Zeigt, wo das Paket stehen geblieben ist und seit wann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the customs hold.</source>
        <translation>Erstellen Sie Screenshots Ihrer Nachrichten an den Verkäufer zur Zurückhaltung beim Zoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you asked the seller for the documents customs needs.</source>
        <translation>Zeigt, dass Sie den Verkäufer um die Unterlagen gebeten haben, die der Zoll benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the item</source>
        <translation>Ihre Fotos des Artikels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of the item you received, in daylight, showing every difference from the listing.</source>
        <translation>Scharfe Fotos des erhaltenen Artikels bei Tageslicht, die jede Abweichung vom Angebot zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case rests on your own photos of what arrived.</source>
        <translation>Der Fall stützt sich auf Ihre eigenen Fotos der gelieferten Ware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing as it was when you ordered: title, photos, size chart and specifications.</source>
        <translation>Erstellen Sie einen Screenshot des Angebots, wie es zum Zeitpunkt der Bestellung aussah: Titel, Fotos, Größentabelle und technische Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what the seller promised.</source>
        <translation>Zeigt, was der Verkäufer versprochen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item beside a ruler, with its size label</source>
        <translation>Artikel neben einem Lineal, mit Größenetikett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay the item flat beside a ruler or tape measure, and photograph the size label.</source>
        <translation>Legen Sie den Artikel flach neben ein Lineal oder Maßband und fotografieren Sie das Größenetikett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a wrong size, measurements settle it.</source>
        <translation>Bei falscher Größe entscheiden die Maße.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller listing the differences.</source>
        <translation>Erstellen Sie Screenshots Ihrer Nachrichten an den Verkäufer, in denen Sie die Abweichungen aufzählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close-ups of the defects</source>
        <translation>Nahaufnahmen der Mängel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharp close-up photos of every defect, with the whole item in at least one.</source>
        <translation>Scharfe Nahaufnahmen jedes Mangels, auf mindestens einer davon der ganze Artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality claims are judged on the defects you show.</source>
        <translation>Qualitätsbeanstandungen werden nach den Mängeln beurteilt, die Sie zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing photos and description of the quality promised.</source>
        <translation>Erstellen Sie Screenshots der Fotos und der Beschreibung im Angebot, die die zugesagte Qualität zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the gap between promise and product.</source>
        <translation>Zeigt die Lücke zwischen Versprechen und Produkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video of the fault</source>
        <translation>Video des Defekts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Film the item being set up and used as the listing says, showing that it does not work (power, buttons, screen), in one continuous take.</source>
        <translation>Filmen Sie in einer durchgehenden Aufnahme, wie der Artikel gemäß Angebot eingerichtet und benutzt wird, und zeigen Sie, dass er nicht funktioniert (Strom, Tasten, Bildschirm).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronics cases are decided on a video of the fault.</source>
        <translation>Fälle bei Elektronik werden anhand eines Videos des Defekts entschieden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item, its model label and serial number.</source>
        <translation>Fotos des Artikels, seines Typenschilds und der Seriennummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the unit you received.</source>
        <translation>Identifiziert das Exemplar, das Sie erhalten haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing&apos;s specifications and instructions.</source>
        <translation>Erstellen Sie einen Screenshot der technischen Daten und Anleitungen im Angebot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the function the seller promised.</source>
        <translation>Zeigt die Funktion, die der Verkäufer versprochen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the damage</source>
        <translation>Fotos der Schäden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of every damaged part of the item.</source>
        <translation>Scharfe Fotos jedes beschädigten Teils des Artikels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived broken.</source>
        <translation>Zeigt, was kaputt angekommen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel with its label</source>
        <translation>Das Paket mit Etikett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the outer packaging from all sides, with the shipping label readable, before you throw it away.</source>
        <translation>Fotografieren Sie die Außenverpackung von allen Seiten mit lesbarem Versandetikett, bevor Sie sie wegwerfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken packaging shows the damage happened in transit.</source>
        <translation>Eine beschädigte Verpackung zeigt, dass der Schaden beim Transport entstanden ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office damage report</source>
        <translation>Schadensprotokoll der Post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the parcel was visibly damaged, ask the post office for a damage report.</source>
        <translation>Wenn das Paket sichtbar beschädigt war, bitten Sie die Post um ein Schadensprotokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official report of transit damage.</source>
        <translation>Ein offizielles Protokoll des Transportschadens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of what you received</source>
        <translation>Ihre Fotos der erhaltenen Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item you received, with any labels or model numbers.</source>
        <translation>Fotos des erhaltenen Artikels mit allen Etiketten oder Modellnummern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived instead.</source>
        <translation>Zeigt, was stattdessen angekommen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of what you ordered</source>
        <translation>Screenshot der bestellten Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing and the option (colour, size, model) you chose.</source>
        <translation>Erstellen Sie einen Screenshot des Angebots und der gewählten Variante (Farbe, Größe, Modell).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have arrived.</source>
        <translation>Zeigt, was hätte ankommen sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label</source>
        <translation>Das Paketetikett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label with your order&apos;s details.</source>
        <translation>Fotografieren Sie das Versandetikett mit den Angaben Ihrer Bestellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties the item to this order.</source>
        <translation>Ordnet den Artikel dieser Bestellung zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that was in the parcel</source>
        <translation>Alles, was im Paket war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out everything that arrived and photograph it in one picture.</source>
        <translation>Legen Sie alles, was angekommen ist, aus und fotografieren Sie es auf einem Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows exactly what is missing.</source>
        <translation>Zeigt genau, was fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing&apos;s list of contents</source>
        <translation>Lieferumfang laut Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the part of the listing that says what is included.</source>
        <translation>Erstellen Sie einen Screenshot des Teils des Angebots, der den Lieferumfang angibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have been in the parcel.</source>
        <translation>Zeigt, was im Paket hätte sein sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label with its weight</source>
        <translation>Das Paketetikett mit Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label; the declared weight can show parts were never sent.</source>
        <translation>Fotografieren Sie das Versandetikett; das angegebene Gewicht kann zeigen, dass Teile nie verschickt wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared weight against actual contents.</source>
        <translation>Angegebenes Gewicht im Vergleich zum tatsächlichen Inhalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All pieces, counted</source>
        <translation>Alle Stücke, gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out every piece you received so they can be counted in one photo.</source>
        <translation>Legen Sie alle erhaltenen Stücke so aus, dass sie sich auf einem Foto zählen lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many pieces arrived.</source>
        <translation>Zeigt, wie viele Stücke angekommen sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity you ordered</source>
        <translation>Die bestellte Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing or order page showing the quantity and pack size.</source>
        <translation>Erstellen Sie einen Screenshot des Angebots oder der Bestellseite mit Menge und Packungsgröße.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many you paid for.</source>
        <translation>Zeigt, wie viele Sie bezahlt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label and the declared weight.</source>
        <translation>Fotografieren Sie das Versandetikett und das angegebene Gewicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the parcel from all sides with its label readable, and the empty inside.</source>
        <translation>Fotografieren Sie das Paket von allen Seiten mit lesbarem Etikett sowie das leere Innere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel arrived without the item.</source>
        <translation>Zeigt, dass das Paket ohne den Artikel angekommen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unboxing video</source>
        <translation>Unboxing-Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have one, a continuous video of opening the parcel.</source>
        <translation>Falls vorhanden: ein durchgehendes Video vom Öffnen des Pakets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest proof the parcel was empty.</source>
        <translation>Der stärkste Beweis, dass das Paket leer war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office report with the weight</source>
        <translation>Protokoll der Post mit Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the post office for a report with the parcel&apos;s weight on arrival.</source>
        <translation>Bitten Sie die Post um ein Protokoll mit dem Gewicht des Pakets bei Ankunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official record of an empty or underweight parcel.</source>
        <translation>Ein offizieller Nachweis für ein leeres oder zu leichtes Paket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the brand marks</source>
        <translation>Ihre Fotos der Markenzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of logos, labels, tags, serial numbers and packaging of what you received.</source>
        <translation>Fotos von Logos, Etiketten, Anhängern, Seriennummern und Verpackung der erhaltenen Ware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the marks that make it fake.</source>
        <translation>Zeigt die Merkmale, an denen die Fälschung erkennbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing showing the brand it claims.</source>
        <translation>Erstellen Sie einen Screenshot des Angebots, der die angebliche Marke zeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the seller sold it as the brand.</source>
        <translation>Zeigt, dass der Verkäufer den Artikel als Markenware verkauft hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof it is not genuine</source>
        <translation>Nachweis, dass es kein Original ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement from the brand, or a comparison with a genuine item.</source>
        <translation>Eine Stellungnahme der Marke oder ein Vergleich mit einem Originalartikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirms the item is counterfeit.</source>
        <translation>Bestätigt, dass der Artikel gefälscht ist.</translation>
    </message>
</context>
</TS>
