<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/assign_dialog.py" line="+28"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several people</source>
        <translation>plusieurs personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign {what} to a person (now: {now}). Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Attribuer {what} à une personne (actuellement&#xa0;: {now}). Les alertes d&apos;échéance d&apos;une commande attribuée ne vont qu&apos;à cette personne&#xa0;; une commande attribuée à personne avertit tout le monde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me ({me})</source>
        <translation>Moi ({me})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to &amp;nobody</source>
        <translation>Attribuer à &amp;personne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>type a name, or choose one</source>
        <translation>saisissez un nom ou choisissez-en un</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../aliassist/services/assignment.py" line="+59"/>
        <source>who you are is not known on this database</source>
        <extracomment>the name that stands for the current user (`assign NUMBER me`) what to do when the current user has no name</extracomment>
        <translation>votre identité n&apos;est pas connue dans cette base de données</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../aliassist/notify/autostart.py" line="+134"/>
        <source>cannot change the start-at-login entry: {problem}</source>
        <extracomment>the file written (Linux, macOS) or the registry key (Windows) the file&apos;s content, or the registry value (the command line)</extracomment>
        <translation>impossible de modifier l&apos;entrée de démarrage à l&apos;ouverture de session : {problem}</translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+57"/>
        <source>Backups</source>
        <extracomment>the data was replaced by a backup: whatever shows it must reload</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AliAssist copies the database once a day when it starts and before every upgrade. It keeps the newest backup of each of the last {days} days and of the {weeks} weeks before them.</source>
        <translation>AliAssist copie la base de données une fois par jour au démarrage et avant chaque mise à niveau. Il conserve la sauvegarde la plus récente de chacun des {days} derniers jours et des {weeks} semaines précédentes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups are made of the SQLite database file only; this is a server database. Use the server&apos;s own backup tools.</source>
        <translation>Seul le fichier de base de données SQLite est sauvegardé&#xa0;; ceci est une base de données serveur. Utilisez les outils de sauvegarde du serveur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backups yet: the first is made the next time AliAssist starts with orders stored, or now with “Back up now”.</source>
        <translation>Aucune sauvegarde pour l&apos;instant&#xa0;: la première est créée au prochain démarrage d&apos;AliAssist avec des commandes enregistrées, ou maintenant avec «&#xa0;Sauvegarder&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup was made</source>
        <translation>Aucune sauvegarde créée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made</source>
        <translation>Sauvegarde créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up: {backup}.</source>
        <translation>Sauvegardé&#xa0;: {backup}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your current data with the backup of {backup}?

Your current data is saved as a backup first, so you can go back to it.</source>
        <translation>Remplacer toutes vos données actuelles par la sauvegarde du {backup}&#xa0;?

Vos données actuelles sont d&apos;abord sauvegardées, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was restored</source>
        <translation>Rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../aliassist/notify/calendar.py" line="+58"/>
        <source>{label}: order {number} ({store})</source>
        <translation>{label}&#xa0;: commande {number} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {store}</source>
        <translation>Commande {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: order {number}</source>
        <translation>{label}&#xa0;: commande {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} until {deadline}.</source>
        <translation>{label} jusqu&apos;au {deadline}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute {number} of the order</source>
        <translation>Litige {number} de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{label} in %n day(s): order {number}</source>
        <translation>
            <numerusform>{label} dans %n jour&#xa0;: commande {number}</numerusform>
            <numerusform>{label} dans %n jours&#xa0;: commande {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="+79"/>
        <source>Missing: the evidence vault no longer holds this file. Add it again, or remove it.</source>
        <translation>Manquant&#xa0;: le coffre de preuves ne contient plus ce fichier. Ajoutez-le à nouveau ou retirez-le.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Drop files on an item, or use “Add files…”. Files are copied into the evidence vault and never changed; your originals stay where they are.</source>
        <translation>Déposez des fichiers sur un élément ou utilisez «&#xa0;Ajouter des fichiers…&#xa0;». Les fichiers sont copiés dans le coffre de preuves et ne sont jamais modifiés&#xa0;; vos originaux restent où ils sont.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence checklist items</source>
        <extracomment>text colours for the palette in force (see theme.tone)</extracomment>
        <translation>Éléments de la liste de preuves</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Evidence for “{label}”</source>
        <translation>Preuves pour «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence complete</source>
        <translation>Preuves requises complètes</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>%n élément requis manquant</numerusform>
            <numerusform>%n éléments requis manquants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} (missing)</source>
        <translation>{name} (manquant)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken {time}</source>
        <translation>Pris le {time}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Checks on your files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérifications de vos fichiers&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;All files (*)</source>
        <translation>Photos, vidéos et documents (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding evidence…</source>
        <translation>Ajout des preuves…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added {files}.</source>
        <translation>Ajouté&#xa0;: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already attached: {files}.</source>
        <translation>Déjà joint&#xa0;: {files}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added</source>
        <translation>Rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts for</source>
        <translation>Compte pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No particular item</source>
        <translation>Aucun article en particulier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from evidence…</source>
        <translation>Retirer des preuves…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change evidence file {name} of order {number}</source>
        <translation>Modifier le fichier de preuve {name} de la commande {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot change the file</source>
        <translation>Impossible de modifier le fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit ▸ Undo (Ctrl+Z) brings it back</source>
        <translation>Édition ▸ Annuler (Ctrl+Z) le rétablit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy is deleted unless another order uses it</source>
        <translation>La copie stockée est supprimée sauf si une autre commande l&apos;utilise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this order&apos;s evidence?

{later}; your original file is not touched.</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» des preuves de cette commande&#xa0;?

{later}&#xa0;; votre fichier original n&apos;est pas touché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove evidence file {name} of order {number}</source>
        <translation>Retirer le fichier de preuve {name} de la commande {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the file</source>
        <translation>Impossible de retirer le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}. Ctrl+Z brings it back.</source>
        <translation>{name} retiré. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name}.</source>
        <translation>{name} retiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name} (its stored copy is kept: other evidence uses it).</source>
        <translation>{name} retiré (sa copie stockée est conservée&#xa0;: d&apos;autres preuves l&apos;utilisent).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+75"/>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; is not the export of a known exporter. Say once which column holds what; AliAssist remembers it for files with the same columns. The order number and the order date are needed; everything else is optional.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; n&apos;est pas l&apos;export d&apos;un outil d&apos;export connu. Indiquez une fois quelle colonne contient quoi&#xa0;; AliAssist s&apos;en souvient pour les fichiers ayant les mêmes colonnes. Le numéro et la date de commande sont nécessaires&#xa0;; tout le reste est facultatif.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column {index}</source>
        <translation>Colonne {index}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates are written:</source>
        <translation>Format des dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember for files with these columns</source>
        <translation>Mémoriser pour les fichiers avec ces colonnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the column of: {fields}</source>
        <translation>Choisissez la colonne de&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One column is chosen for two things.</source>
        <translation>Une colonne est choisie pour deux champs.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../aliassist/services/context.py" line="+89"/>
        <source>{now} is outside the years {first} to {last} the app&apos;s clocks cover</source>
        <extracomment>a fixed instant for every clock read (--now), or None for the real time why the policy chosen in Settings could not be used, when it could not the years `--now` may name: the clocks&apos; arithmetic stays within datetime&apos;s range</extracomment>
        <translation>{now} est en dehors des années {first} à {last} couvertes par les horloges de l&apos;application</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/recovery_dialog.py" line="+33"/>
        <source>{app}: the database is damaged</source>
        <translation>{app}&#xa0;: la base de données est endommagée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Your AliAssist database cannot be used: it is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre base de données AliAssist est inutilisable&#xa0;: elle est endommagée.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found: {problem}.</source>
        <translation>Problème constaté&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted. The damaged file was moved aside and is kept unchanged:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</source>
        <translation>Rien n&apos;a été supprimé. Le fichier endommagé a été mis de côté et conservé tel quel&#xa0;:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from &lt;b&gt;{made}&lt;/b&gt;. Restore it to carry on where it left off; anything entered after it was made has to be entered again.</source>
        <translation>La dernière sauvegarde saine date du &lt;b&gt;{made}&lt;/b&gt;. Restaurez-la pour reprendre là où elle s&apos;est arrêtée&#xa0;; tout ce qui a été saisi après doit être saisi à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no good backup to restore. You can start with an empty database and import a data file you exported earlier.</source>
        <translation>Aucune sauvegarde saine à restaurer. Vous pouvez démarrer avec une base de données vide et importer un fichier de données exporté auparavant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the latest good backup</source>
        <translation>Restaurer la dernière sauvegarde saine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty database</source>
        <translation>Démarrer avec une base vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../aliassist/services/datafile.py" line="+132"/>
        <source>the file {name} has changed since it was exported (its SHA-256 differs from the one recorded)</source>
        <translation>le fichier {name} a été modifié depuis son export (son SHA-256 diffère de celui enregistré)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as orders.json</source>
        <translation>est un dossier ; indiquez un nom de fichier comme orders.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {name} is missing from the vault ({path})</source>
        <translation>le fichier de preuve {name} est absent du coffre ({path})</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+16"/>
        <source>Your data</source>
        <extracomment>everything was deleted: the app must close</extracomment>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything AliAssist keeps stays on this computer and is never sent anywhere: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;File ▸ Export data file… writes a portable copy (a JSON file and the evidence files).</source>
        <translation>Tout ce que conserve AliAssist reste sur cet ordinateur et n&apos;est jamais envoyé nulle part&#xa0;: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Fichier ▸ Exporter un fichier de données… écrit une copie portable (un fichier JSON et les fichiers de preuve).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was deleted</source>
        <translation>Rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your data was deleted</source>
        <translation>Toutes vos données ont été supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, the evidence files and the backups were deleted. AliAssist closes now; it starts empty next time.</source>
        <translation>La base de données, les fichiers de preuve et les sauvegardes ont été supprimés. AliAssist se ferme maintenant&#xa0;; il démarrera vide la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/database_settings.py" line="+46"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use now: a team database&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <extracomment>the result of the last &quot;Test connection&quot; (None: not tested yet)</extracomment>
        <translation>Utilisée actuellement&#xa0;: une base d&apos;équipe&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: the file on this computer&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <translation>Utilisé actuellement&#xa0;: le fichier sur cet ordinateur&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people or computers can share one set of orders on a PostgreSQL server. Give its address to open it from the next start; leave the field empty to use the file on this computer.</source>
        <translation>Plusieurs personnes ou ordinateurs peuvent partager un même ensemble de commandes sur un serveur PostgreSQL. Indiquez son adresse pour l&apos;ouvrir dès le prochain démarrage&#xa0;; laissez le champ vide pour utiliser le fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team database URL</source>
        <translation>URL de la base d&apos;équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: AliAssist never stores one. It is read from &lt;b&gt;~/.pgpass&lt;/b&gt; (or the file &lt;b&gt;PGPASSFILE&lt;/b&gt; names) or a service file (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, then &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), as every PostgreSQL program does.</source>
        <translation>N&apos;incluez pas le mot de passe dans l&apos;adresse&#xa0;: AliAssist n&apos;en enregistre jamais. Il est lu dans &lt;b&gt;~/.pgpass&lt;/b&gt; (ou le fichier désigné par &lt;b&gt;PGPASSFILE&lt;/b&gt;) ou dans un fichier de service (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, puis &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), comme pour tout programme PostgreSQL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;nobr&gt;--database-url&lt;/nobr&gt; or &lt;nobr&gt;--db&lt;/nobr&gt; on the command line, or ALIASSIST_DATABASE_URL or ALIASSIST_DB in the environment, take precedence over this choice. It is kept in {file}.</source>
        <translation>&lt;nobr&gt;--database-url&lt;/nobr&gt; ou &lt;nobr&gt;--db&lt;/nobr&gt; en ligne de commande, ou ALIASSIST_DATABASE_URL ou ALIASSIST_DB dans l&apos;environnement, ont priorité sur ce choix. Il est enregistré dans {file}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From the next start: the file on this computer.</source>
        <translation>Dès le prochain démarrage&#xa0;: le fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start: this team database (chosen in Settings).</source>
        <translation>Dès le prochain démarrage&#xa0;: cette base d&apos;équipe (choisie dans les Paramètres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: back to the file on this computer, from the next start.</source>
        <translation>Avec OK&#xa0;: retour au fichier sur cet ordinateur dès le prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: this team database is opened from the next start of AliAssist.</source>
        <translation>Avec OK&#xa0;: cette base d&apos;équipe est ouverte dès le prochain démarrage d&apos;AliAssist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reachable. {message}</source>
        <translation>Accessible. {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use it: {message}</source>
        <translation>Inutilisable&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the next start, AliAssist opens the database file on this computer again. Restart AliAssist to switch now.</source>
        <translation>Dès le prochain démarrage, AliAssist ouvre à nouveau le fichier de base de données sur cet ordinateur. Redémarrez AliAssist pour basculer maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start, AliAssist opens the team database {database}. Restart AliAssist to switch now. (The choice is kept in {file}.)</source>
        <translation>Dès le prochain démarrage, AliAssist ouvre la base d&apos;équipe {database}. Redémarrez AliAssist pour basculer maintenant. (Le choix est enregistré dans {file}.)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../aliassist/i18n.py" line="+313"/>
        <source>{instant} your time</source>
        <extracomment>language code -&gt; the language&apos;s own name, as the Settings list shows it the language the texts are written in (no translator needed) the languages with a translation (a .ts source, a .qm at run time) the environment variable naming the language (after --lang, before Settings) a language the system names without the region the app speaks it for how an instant&apos;s date reads in words, where the day is not simply followed by the month the language in force (None: none was put in force, the texts are the source&apos;s) its translators (the app&apos;s and Qt&apos;s), kept alive here, and the application they are in the language to put in force at the first text translated (use_language_lazily)</extracomment>
        <translation>{instant} (votre heure)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until {deadline}</source>
        <translation>jusqu&apos;au {deadline}</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+13"/>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;This deletes everything AliAssist keeps on this computer.&lt;/b&gt; It cannot be undone.</source>
        <translation>&lt;b&gt;Ceci supprime tout ce que conserve AliAssist sur cet ordinateur.&lt;/b&gt; C&apos;est irréversible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you exported (data files, dispute packets) are not touched. To keep a copy you can import later, export it first.</source>
        <translation>Les fichiers que vous avez exportés (fichiers de données, dossiers de litige) ne sont pas touchés. Pour garder une copie à importer plus tard, exportez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a copy first…</source>
        <translation>Exporter d&apos;abord une copie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To confirm, type &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez &lt;b&gt;{word}&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To confirm, type {word}</source>
        <translation>Pour confirmer, saisissez {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Données AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n order(s) to {path}.</source>
        <translation>
            <numerusform>%n commande écrite dans {path}.</numerusform>
            <numerusform>%n commandes écrites dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeStepsDialog</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_steps.py" line="+48"/>
        <source>The seller responded</source>
        <translation>Le vendeur a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I escalated it to the platform</source>
        <translation>J&apos;ai transmis le litige à la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform asked for the item back</source>
        <translation>La plateforme a demandé le retour de l&apos;article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I shipped the item back</source>
        <translation>J&apos;ai renvoyé l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money came back</source>
        <translation>L&apos;argent a été remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform decided against me</source>
        <translation>La plateforme a tranché contre moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cancelled the dispute</source>
        <translation>J&apos;ai annulé le litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute is over</source>
        <translation>Le litige est terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Remboursement total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Rétrofacturation par carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Réclamation auprès du prestataire de paiement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute steps — order {number}</source>
        <translation>Étapes du litige — commande {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disputes of the order</source>
        <translation>Litiges de la commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps recorded</source>
        <translation>Étapes enregistrées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a step</source>
        <translation>Enregistrer une étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everything paid, less refunds</source>
        <translation>tout ce qui a été payé, moins les remboursements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>numéro de suivi du colis de retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step</source>
        <translation>Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove last step…</source>
        <translation>Retirer la dernière étape…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last step of this dispute, recorded by mistake (Edit ▸ Undo brings it back)</source>
        <translation>Retirer la dernière étape de ce litige, enregistrée par erreur (Édition ▸ Annuler la rétablit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>When:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Amount refunded:</source>
        <translation>Montant remboursé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return tracking:</source>
        <translation>Suivi du retour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record money outside a dispute step</source>
        <translation>Enregistrer un montant hors étape de litige</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayPal, your card issuer, …</source>
        <translation>PayPal, l&apos;émetteur de votre carte, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Prestataire&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dispute {index} ({platform_id})</source>
        <translation>Litige {index} ({platform_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute {index}</source>
        <translation>Litige {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This order has no disputes yet: start one with &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt;. Payments can still be recorded here.</source>
        <translation>Cette commande n&apos;a pas encore de litige&#xa0;: ouvrez-en un avec &lt;b&gt;Litige ▸ Nouveau litige…&lt;/b&gt;. Les paiements peuvent tout de même être enregistrés ici.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Dispute {index}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Litige {index}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked {amount}</source>
        <translation>{amount} demandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return tracking {tracking}</source>
        <translation>suivi du retour {tracking}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{clock}: {date}&lt;/b&gt; (running)</source>
        <translation>&lt;b&gt;{clock}&#xa0;: {date}&lt;/b&gt; (en cours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {date} (stopped)</source>
        <translation>{clock}&#xa0;: {date} (arrêté)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dispute has no next step: it is settled.</source>
        <translation>Ce litige n&apos;a pas d&apos;étape suivante&#xa0;: il est réglé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record step “{step}” on dispute {index} of order {number}</source>
        <translation>Enregistrer l&apos;étape «&#xa0;{step}&#xa0;» sur le litige {index} de la commande {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {step}.</source>
        <translation>Enregistré&#xa0;: {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded: {step}. {payment} of {amount} recorded.</source>
        <translation>Enregistré&#xa0;: {step}. {payment} de {amount} enregistré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove last step</source>
        <translation>Retirer la dernière étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the step “{step}” ({time}) from dispute {index}?

The dispute goes back to what the earlier steps made it; a refund recorded with the step is removed too. Edit ▸ Undo (Ctrl+Z) brings the step back.</source>
        <translation>Retirer l&apos;étape «&#xa0;{step}&#xa0;» ({time}) du litige {index}&#xa0;?

Le litige revient à l&apos;état issu des étapes précédentes&#xa0;; un remboursement enregistré avec l&apos;étape est aussi retiré. Édition ▸ Annuler (Ctrl+Z) rétablit l&apos;étape.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove step “{step}” of dispute {index} of order {number}</source>
        <translation>Retirer l&apos;étape «&#xa0;{step}&#xa0;» du litige {index} de la commande {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed the step “{step}”. Ctrl+Z brings it back.</source>
        <translation>Étape «&#xa0;{step}&#xa0;» retirée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {payment} on order {number}</source>
        <translation>Enregistrer {payment} sur la commande {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {payment} of {amount}.</source>
        <translation>Enregistré&#xa0;: {payment} de {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {payment}.</source>
        <translation>Enregistré&#xa0;: {payment}.</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_wizard.py" line="+70"/>
        <source>Choose a reason and describe what happened: the pre-check reads it as you type.</source>
        <extracomment>How long typing pauses before the pre-check runs again (ms). the finding an empty form always raises; not shown as a problem before anything is entered</extracomment>
        <translation>Choisissez un motif et décrivez ce qui s&apos;est passé&#xa0;: la pré-vérification le lit pendant que vous tapez.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New dispute — order {number}</source>
        <extracomment>the chosen reason id, or None (the evidence checklist follows it)</extracomment>
        <translation>Nouveau litige — commande {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>paid {amount}</source>
        <translation>{amount} payé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1  What is wrong</source>
        <translation>1  Le problème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {index}</source>
        <translation>Article {index}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2  Describe it in your own words</source>
        <translation>2  Décrivez-le avec vos propres mots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facts only: what you ordered, what arrived or what tracking shows, and when. For example: “I ordered size M in red; the dress is orange and the label says S.”</source>
        <translation>Uniquement les faits&#xa0;: ce que vous avez commandé, ce qui est arrivé ou ce qu&apos;indique le suivi, et quand. Par exemple&#xa0;: «&#xa0;J&apos;ai commandé la taille M en rouge&#xa0;; la robe est orange et l&apos;étiquette indique S.&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe it in your own words</source>
        <translation>Décrivez-le avec vos propres mots</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3  What you ask for</source>
        <extracomment>says a kept draft came back (hidden otherwise)</extracomment>
        <translation>3  Votre demande</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partial refund amount</source>
        <translation>Montant du remboursement partiel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>4  Description to file (from the order&apos;s facts and your words)</source>
        <translation>4  Description à déposer (d&apos;après les faits de la commande et vos mots)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description to file</source>
        <translation>Description à déposer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the description is written in. English is what sellers read best.</source>
        <extracomment>the language the description is written in: English (sellers read it best) or the buyer&apos;s, apart from the window&apos;s language</extracomment>
        <translation>La langue dans laquelle la description est rédigée. L&apos;anglais est ce que les vendeurs lisent le mieux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Langue du brouillon&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+436"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Copy the description, to paste into the dispute form</source>
        <translation>Copier la description, pour la coller dans le formulaire de litige</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, but something is wrong</source>
        <translation>Reçu, mais il y a un problème</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Pre-check&lt;/b&gt; — the platform&apos;s rules, checked as you type</source>
        <translation>&lt;b&gt;Pré-vérification&lt;/b&gt; — les règles de la plateforme, vérifiées pendant la saisie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found: this dispute breaks none of the platform&apos;s rules the app knows.</source>
        <translation>Rien trouvé&#xa0;: ce litige n&apos;enfreint aucune des règles de la plateforme connues de l&apos;application.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export packet…</source>
        <extracomment>The evidence checklist panel goes here (see the module docstring). More buttons for the dispute go here (see the module docstring).</extracomment>
        <translation>Exporter le dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Platform dispute id:</source>
        <translation>Identifiant du litige sur la plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after you file it</source>
        <translation>après le dépôt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as filed</source>
        <translation>Marquer comme déposé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep the description you typed as a draft?</source>
        <translation>Conserver la description saisie comme brouillon&#xa0;?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the amount of the {remedy} you ask for.</source>
        <translation>Saisissez le montant du {remedy} demandé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(at most {amount})</source>
        <translation>(au plus {amount})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose what went wrong. Not received: the parcel never reached you. Received: it arrived, but something is wrong with it.</source>
        <translation>Choisissez ce qui n&apos;a pas fonctionné. Non reçu&#xa0;: le colis ne vous est jamais parvenu. Reçu&#xa0;: il est arrivé, mais il y a un problème.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n character(s) · at least {least}, at most {most}</source>
        <translation>
            <numerusform>%n caractère · au moins {least}, au plus {most}</numerusform>
            <numerusform>%n caractères · au moins {least}, au plus {most}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason: the description is drafted from the order&apos;s facts and your words.</source>
        <translation>Choisissez un motif&#xa0;: la description est rédigée d&apos;après les faits de la commande et vos mots.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · your words were cut to fit: shorten them</source>
        <translation> · votre texte a été coupé pour tenir&#xa0;: raccourcissez-le</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n minor fact(s) left out to fit</source>
        <translation>
            <numerusform> · %n détail mineur omis pour tenir</numerusform>
            <numerusform> · %n détails mineurs omis pour tenir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters{note}</source>
        <translation>{length} / {limit} caractères{note}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dispute window closed on {date}</source>
        <translation>Délai de litige clos le {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a dispute by &lt;b&gt;{date}&lt;/b&gt; (%n day(s) left)</source>
        <translation>
            <numerusform>Ouvrez un litige avant le &lt;b&gt;{date}&lt;/b&gt; (%n jour restant)</numerusform>
            <numerusform>Ouvrez un litige avant le &lt;b&gt;{date}&lt;/b&gt; (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Check your input:&lt;/b&gt; {error}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Vérifiez votre saisie&#xa0;:&lt;/b&gt; {error}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n problème bloquant</numerusform>
            <numerusform>%n problèmes bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;, and %n warning(s). Fix them first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pas prêt&#xa0;:&lt;/b&gt; {problems}&lt;/span&gt;, et %n avertissement. Corrigez-les d&apos;abord.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pas prêt&#xa0;:&lt;/b&gt; {problems}&lt;/span&gt;, et %n avertissements. Corrigez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;. Fix them first.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pas prêt&#xa0;:&lt;/b&gt; {problems}&lt;/span&gt;. Corrigez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file&lt;/b&gt;&lt;/span&gt;, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Prêt à déposer&lt;/b&gt;&lt;/span&gt;, avec %n avertissement à lire d&apos;abord.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Prêt à déposer&lt;/b&gt;&lt;/span&gt;, avec %n avertissements à lire d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Prêt à déposer.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocked by the pre-check: {problems}.</source>
        <translation>Bloqué par la pré-vérification&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File the dispute on the platform, then enter the dispute id it shows.</source>
        <translation>Déposez le litige sur la plateforme, puis saisissez l&apos;identifiant de litige qu&apos;elle affiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the dispute as opened today</source>
        <translation>Enregistrer le litige comme ouvert aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the summary, the description and your evidence as one ZIP with a verifiable manifest</source>
        <translation>Enregistrer le résumé, la description et vos preuves dans un seul ZIP avec un manifeste vérifiable</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the packet {name}.</source>
        <translation>Dossier {name} enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File a dispute on order {number}</source>
        <translation>Déposer un litige sur la commande {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the dispute</source>
        <translation>Impossible d&apos;enregistrer le litige</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <location filename="../../aliassist/services/disputes/steps.py" line="+73"/>
        <source>{at} is in the future</source>
        <extracomment>the payment recorded with the step (refunds), if any the clock the step started, and when it ends</extracomment>
        <translation>{at} est dans le futur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record steps when they happen</source>
        <translation>enregistrez les étapes au moment où elles se produisent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} is before {what} ({not_before})</source>
        <translation>{at} est antérieur à {what} ({not_before})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown step {step}; steps: {steps}</source>
        <translation>étape inconnue {step} ; étapes : {steps}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it can next be: {steps}</source>
        <translation>étapes suivantes possibles : {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no next step; a new problem needs a new dispute</source>
        <translation>il n&apos;y a pas d&apos;étape suivante ; un nouveau problème nécessite un nouveau litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispute {index} of order {number} is {status}, so it cannot be {step}</source>
        <translation>le litige {index} de la commande {number} est {status}, il ne peut donc pas être {step}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tracking number goes with return_requested or return_shipped</source>
        <translation>un numéro de suivi va avec return_requested ou return_shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an amount goes with the refunded step</source>
        <translation>un montant va avec l&apos;étape refunded</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>order {number} has no amount paid; give the amount refunded</source>
        <translation>la commande {number} n&apos;a pas de montant payé ; indiquez le montant remboursé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a refund of 0 is not a refund; record the dispute as rejected or closed instead</source>
        <translation>un remboursement de 0 n&apos;est pas un remboursement ; enregistrez plutôt le litige comme rejeté ou clos</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a dispute needs a reason</source>
        <extracomment>The dispute event that records a pre-check overridden on purpose (--force, &quot;Record anyway&quot;).</extracomment>
        <translation>un litige nécessite un motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pre-check blocks this dispute ({rules})</source>
        <translation>la vérification préalable bloque ce litige ({rules})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no order with id {order_id}</source>
        <translation>aucune commande avec l&apos;id {order_id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order {number} already has a dispute {platform_id}</source>
        <translation>la commande {number} a déjà un litige {platform_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown payment kind {kind}; kinds: {kinds}</source>
        <translation>type de paiement inconnu {kind} ; types : {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the amount of the {value}</source>
        <translation>indiquez le montant de {value}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>dispute {dispute} of order {number} has no step to remove: only its filing is recorded</source>
        <translation>le litige {dispute} de la commande {number} n&apos;a aucune étape à supprimer : seule son ouverture est enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the dispute itself in the order&apos;s editor</source>
        <translation>supprimez le litige lui-même dans l&apos;éditeur de la commande</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{amount} is more than was paid (less refunds): {limit}</source>
        <translation>{amount} dépasse le montant payé (moins les remboursements) : {limit}</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/disputes/validation.py" line="+33"/>
        <source>choose a reason; valid reasons: {reasons}</source>
        <translation>choisissez un motif ; motifs valides : {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {item} does not exist; {items}</source>
        <translation>l&apos;article {item} n&apos;existe pas ; {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown remedy {remedy}; valid remedies: {remedies}</source>
        <translation>solution demandée inconnue {remedy} ; solutions valides : {remedies}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount goes with the remedy {remedy}</source>
        <translation>un montant va avec la solution {remedy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a refund of 0 asks for nothing</source>
        <translation>un remboursement de 0 ne demande rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remedy {remedy} needs the amount you ask for</source>
        <translation>la solution {remedy} nécessite le montant demandé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no disputes</source>
        <translation>la commande {number} n&apos;a aucun litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist dispute opened` records one</source>
        <translation>`aliassist dispute opened` en enregistre un</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has {count} disputes; say which: {disputes}</source>
        <translation>la commande {number} a {count} litiges ; précisez lequel : {disputes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {number} has no dispute {ref}; its disputes: {disputes}</source>
        <translation>la commande {number} n&apos;a pas de litige {ref} ; ses litiges : {disputes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has no currency; add the amount paid and its currency to the order first</source>
        <translation>la commande {number} n&apos;a pas de devise ; ajoutez d&apos;abord à la commande le montant payé et sa devise</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../aliassist/i18n_domain.py" line="+22"/>
        <source>open</source>
        <extracomment>the domain&apos;s texts, marked (they must read exactly as in domain/dispute_steps.py and domain/estimates.py: tests/test_i18n_domain.py checks every one is here)</extracomment>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered by the seller</source>
        <translation>répondu par le vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>transmis à la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the return</source>
        <translation>en attente du retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the returned item to arrive</source>
        <translation>en attente de la réception de l&apos;article retourné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as answered by the seller</source>
        <translation>marqué comme répondu par le vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as waiting for a return</source>
        <translation>marqué comme en attente d&apos;un retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as return shipped</source>
        <translation>marqué comme retour expédié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as refunded</source>
        <translation>marqué comme remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as rejected</source>
        <translation>marqué comme rejeté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seller answered the dispute</source>
        <translation>le vendeur a répondu au litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you escalated the dispute to the platform</source>
        <translation>vous avez transmis le litige à la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform asked for the item back</source>
        <translation>la plateforme a demandé le retour de l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you shipped the item back</source>
        <translation>vous avez renvoyé l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the money came back (records the refund as a payment)</source>
        <translation>l&apos;argent a été reversé (enregistre le remboursement comme paiement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform decided against you</source>
        <translation>la plateforme a tranché en votre défaveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled the dispute</source>
        <translation>vous avez annulé le litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute is over</source>
        <translation>le litige est terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order status says receipt was confirmed, but not when: the earliest date it can have been is used</source>
        <translation>le statut de la commande indique que la réception a été confirmée, mais pas quand : la date la plus précoce possible est utilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of the tracking&apos;s last update, which says delivered</source>
        <translation>la date de la dernière mise à jour du suivi, qui indique « livré »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the usual protection length; the order page shows the real end date</source>
        <translation>la durée de protection habituelle ; la page de la commande indique la date de fin réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the earliest</source>
        <translation>au plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>environ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>réception confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection length</source>
        <translation>durée de protection</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+93"/>
        <source>No orders yet</source>
        <translation>Aucune commande pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliAssist keeps the Buyer Protection clock of every order and warns you before a deadline passes.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import your orders&lt;/b&gt; from the file an exporter made (AliExpress Order Exporter, AliExpress Bulk Order Exporter, or any CSV/TSV), drop the file on this window or paste rows with Ctrl+V; or &lt;b&gt;add an order&lt;/b&gt; from its order page.</source>
        <translation>AliAssist suit le délai de Protection de l&apos;acheteur de chaque commande et vous avertit avant qu&apos;une échéance ne passe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Importez vos commandes&lt;/b&gt; depuis le fichier d&apos;un outil d&apos;export (AliExpress Order Exporter, AliExpress Bulk Order Exporter ou tout CSV/TSV), déposez le fichier sur cette fenêtre ou collez des lignes avec Ctrl+V&#xa0;; ou &lt;b&gt;ajoutez une commande&lt;/b&gt; depuis sa page de commande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an order…</source>
        <translation>Ajouter une commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders…</source>
        <translation>Importer des commandes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data file…</source>
        <translation>Importer un fichier de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it with sample orders</source>
        <translation>Essayer avec des commandes d&apos;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate sample database with made-up orders in every state; your own data is not touched</source>
        <translation>Ouvre une base d&apos;exemple distincte avec des commandes fictives dans tous les états&#xa0;; vos propres données ne sont pas touchées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Lire le guide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New to it? Look around first:</source>
        <translation>Nouveau&#xa0;? Faites d&apos;abord le tour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../aliassist/services/evidence.py" line="+109"/>
        <source>order {number} has no dispute {dispute} (it has {count}, numbered from 1)</source>
        <extracomment>Thumbnail sizes the GUI asks for (longest side, pixels): strip and viewer. sha256 -&gt; facts of the stored content index into order.evidence -&gt; findings about that file sha256 of the files the order lists that are not in the vault (lost, or a restored backup&apos;s file deleted before backups kept them): shown as missing, never silently</extracomment>
        <translation>la commande {number} n&apos;a pas de litige {dispute} (elle en a {count}, numérotés à partir de 1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>say which reason (--reason), or which dispute (--dispute)</source>
        <translation>indiquez le motif (--reason) ou le litige (--dispute)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no files given</source>
        <extracomment>the same content was already attached (to the same dispute and item): nothing was added the picture names the GPS position where it was taken (a packet leaves it out, unless asked to keep it; the vault keeps the original as it is) the index of the same content attached for another checklist item (one file may serve several items: this new entry counts it for the item named)</extracomment>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {kind}; kinds: {kinds}</source>
        <translation>type inconnu {kind} ; types : {kinds}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{item}” ({id}) takes {kinds}, not {kind}</source>
        <translation>« {item} » ({id}) accepte {kinds}, pas {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{item}” takes {kinds}; the content is {content}</source>
        <translation>« {item} » accepte {kinds} ; le contenu est {content}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose the kind that says what the file is (--kind)</source>
        <translation>choisissez le type qui décrit le fichier (--kind)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>order {number} has no evidence {index}</source>
        <extracomment>the stored copy was deleted (nothing else referred to it) the stored copy was kept because a backup lists it (restoring that backup needs it)</extracomment>
        <translation>la commande {number} n&apos;a pas de preuve {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>type inconnu {kind}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no evidence of order {number} is called {name}</source>
        <translation>aucune preuve de la commande {number} ne s&apos;appelle {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist evidence NUMBER` lists them</source>
        <translation>`aliassist evidence NUMBER` les liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files match; give the index instead ({indices})</source>
        <translation>{count} fichiers correspondent ; indiquez plutôt l&apos;index ({indices})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>order {number} has no evidence {index} (it has {count}, counted from 0)</source>
        <translation>la commande {number} n&apos;a pas de preuve {index} (elle en a {count}, comptées à partir de 0)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_dialog.py" line="+30"/>
        <source>Evidence for order {number}</source>
        <translation>Preuves de la commande {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute {index}: {reason}</source>
        <translation>Litige {index}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: {label}</source>
        <translation>Motif&#xa0;: {label}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist &amp;for:</source>
        <translation>Liste &amp;pour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_viewer.py" line="+83"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for:</source>
        <translation>Compte pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute:</source>
        <translation>Litige&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken:</source>
        <translation>Pris le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Ajouté le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with another app…</source>
        <translation>Ouvrir avec une autre application…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the stored, read-only copy with your system&apos;s app for this type (to play a video, read a PDF).</source>
        <translation>Ouvre la copie stockée, en lecture seule, avec l&apos;application du système pour ce type (pour lire une vidéo, un PDF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence: {name}</source>
        <translation>Preuve&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{position} of {count}</source>
        <translation>{position} sur {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (camera)</source>
        <translation>{time} (appareil photo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (file date)</source>
        <translation>{time} (date du fichier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item chosen: counts where its kind fits</source>
        <translation>Aucun article choisi&#xa0;: compte là où sa nature convient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule {rule}</source>
        <translation>Règle {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ No warnings about this file.</source>
        <translation>✔ Aucun avertissement sur ce fichier.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+29"/>
        <source>Search order number, store, item or tracking number (Ctrl+F)</source>
        <translation>Rechercher numéro de commande, boutique, article ou numéro de suivi (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show orders in state</source>
        <translation>Afficher les commandes dans l&apos;état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders of account</source>
        <translation>Afficher les commandes du compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mine</source>
        <translation>&amp;Les miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the orders assigned to me</source>
        <translation>Afficher uniquement les commandes qui me sont attribuées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the orders assigned to you. Who you are is not known on this database: set your name in Settings ▸ You.</source>
        <extracomment>the current user (&quot;Mine&quot; shows their orders); None: not known, &quot;Mine&quot; is off</extracomment>
        <translation>Uniquement les commandes qui vous sont attribuées. Votre identité n&apos;est pas connue sur cette base de données&#xa0;: indiquez votre nom dans Paramètres ▸ Vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the orders assigned to you ({me})</source>
        <translation>Uniquement les commandes qui vous sont attribuées ({me})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/findings_view.py" line="+27"/>
        <source>Blocks</source>
        <extracomment>severity -&gt; its badge (the words; the colours are theme&apos;s &quot;severity.*&quot; tints and marks)</extracomment>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Instead:&lt;/b&gt; {fix}</source>
        <extracomment>severity -&gt; the mark drawn beside its card and under its words the card&apos;s background and text colour (theme&apos;s tint for the severity)</extracomment>
        <translation>&lt;b&gt;À la place&#xa0;:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location line="+27"/>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="+116"/>
        <source>{app} guide</source>
        <translation>Guide {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../aliassist/services/history.py" line="+108"/>
        <location line="+16"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unknown field (known fields: dispute_events, notifications, settings, mail_events)</source>
        <translation>champ inconnu (champs connus : dispute_events, notifications, settings, mail_events)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no order {number} in the file or the database</source>
        <translation>aucune commande {number} dans le fichier ni dans la base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the order has no dispute {position} (disputes count from 0)</source>
        <translation>la commande n&apos;a pas de litige {position} (les litiges sont comptés à partir de 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amount needs the order&apos;s currency</source>
        <translation>un montant nécessite la devise de la commande</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+13"/>
        <source>Line</source>
        <extracomment>the fields shown in the columns between Line and the problem, for a skipped row&apos;s raw cells</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buyer account:</source>
        <translation>Compte acheteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (optional)</source>
        <translation>aucun (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts written without a currency are in:</source>
        <translation>Les montants sans devise sont en&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written:</source>
        <translation>Format des dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file shows</source>
        <translation>comme dans le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change columns…</source>
        <translation>Modifier les colonnes…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buyer account</source>
        <translation>Compte acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts written without a currency are in</source>
        <translation>Les montants sans devise sont en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to import</source>
        <translation>Commandes à importer</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Showing the first %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Affichage de la première ligne (%n)&#xa0;: {good} importables</numerusform>
            <numerusform>Affichage des %n premières lignes&#xa0;: {good} importables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing all %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Affichage de %n ligne&#xa0;: {good} importables</numerusform>
            <numerusform>Affichage des %n lignes&#xa0;: {good} importables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} will be skipped&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} seront ignorées&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown}{skipped}. Nothing is written until you choose Import.</source>
        <translation>{shown}{skipped}. Rien n&apos;est écrit avant que vous choisissiez Importer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>how the file writes dates (its dates read as month/day and as day/month, and none of them tells which)</source>
        <translation>la façon dont le fichier écrit les dates (elles se lisent en mois/jour comme en jour/mois, et aucune ne permet de trancher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the currency of its amounts (they are written without one)</source>
        <translation>la devise de ses montants (ils sont écrits sans devise)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {first} and {second} above, then Import.</source>
        <translation>Choisissez {first} et {second} ci-dessus, puis Importer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {first} above, then Import.</source>
        <translation>Choisissez {first} ci-dessus, puis Importer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rest of the file is read when you import; rows with problems are listed in the report afterwards.</source>
        <translation>Le reste du fichier est lu lors de l&apos;import&#xa0;; les lignes à problème sont listées ensuite dans le rapport.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="+12"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished — some rows were skipped</source>
        <translation>Import terminé — certaines lignes ont été ignorées</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new order(s), {updated} updated, {unchanged} unchanged</source>
        <translation>
            <numerusform>%n nouvelle commande, {updated} mises à jour, {unchanged} inchangées</numerusform>
            <numerusform>%n nouvelles commandes, {updated} mises à jour, {unchanged} inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Motif de l&apos;omission</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n row(s) skipped&lt;/b&gt; (lines of the file, the header is line 1). Everything else was imported; fix these rows and import the file again: what is already in changes nothing.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ligne ignorée&lt;/b&gt; (lignes du fichier, l&apos;en-tête est la ligne 1). Tout le reste a été importé&#xa0;; corrigez ces lignes et importez à nouveau le fichier&#xa0;: ce qui est déjà présent ne change pas.</numerusform>
            <numerusform>&lt;b&gt;%n lignes ignorées&lt;/b&gt; (lignes du fichier, l&apos;en-tête est la ligne 1). Tout le reste a été importé&#xa0;; corrigez ces lignes et importez à nouveau le fichier&#xa0;: ce qui est déjà présent ne change pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../aliassist/importers/datafile.py" line="+108"/>
        <source>cannot read the file: {strerror}</source>
        <extracomment>estimate source keys, and the date each one qualifies The default policy&apos;s zone (AliExpress: Asia/Shanghai); callers pass their policy&apos;s. the order&apos;s version when it was exported (team databases: an order saved since then by someone else is not overwritten)</extracomment>
        <translation>impossible de lire le fichier : {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/importers/sources.py" line="+135"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {msg}</source>
        <translation>JSON non valide : {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a data file: its JSON is nested too deeply</source>
        <translation>pas un fichier de données : son JSON est trop profondément imbriqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;orders&quot;</source>
        <translation>objet JSON attendu avec &quot;format&quot;, &quot;version&quot; et &quot;orders&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an AliAssist data file (&quot;format&quot; must be &quot;{FORMAT}&quot;)</source>
        <translation>pas un fichier de données AliAssist (&quot;format&quot; doit valoir &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer AliAssist (data file version {version}; this one reads version {VERSION})</source>
        <translation>écrit par une version plus récente d&apos;AliAssist (version de fichier de données {version} ; celle-ci lit la version {VERSION})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;orders&quot; must be a list</source>
        <translation>&quot;orders&quot; doit être une liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>order {number} appears twice (also {value})</source>
        <translation>la commande {number} apparaît deux fois (aussi {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field (known fields: {value})</source>
        <translation>champ inconnu (champs connus : {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+224"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>expected text, got {value}</source>
        <translation>texte attendu, reçu {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not one of: {value2}</source>
        <translation>{value} ne fait pas partie de : {value2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number, got {value}</source>
        <translation>nombre entier attendu, reçu {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {minimum}</source>
        <translation>doit être au moins {minimum}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an amount such as &quot;20.00&quot;, got {value}</source>
        <translation>montant attendu comme &quot;20.00&quot;, reçu {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an amount needs the order&apos;s &quot;currency&quot;</source>
        <translation>un montant nécessite la &quot;currency&quot; de la commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an estimate source without the date {date_key}</source>
        <translation>une source d&apos;estimation sans la date {date_key}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>64 chiffres hexadécimaux en minuscules attendus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>evidence path {shown} must be relative to the data file&apos;s folder (such as &quot;evidence/photo.jpg&quot;)</source>
        <translation>le chemin de preuve {shown} doit être relatif au dossier du fichier de données (par exemple &quot;evidence/photo.jpg&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} leaves the data file&apos;s folder (&quot;..&quot;); evidence files must be in that folder or below it</source>
        <translation>le chemin de preuve {shown} sort du dossier du fichier de données (&quot;..&quot;) ; les fichiers de preuve doivent se trouver dans ce dossier ou en dessous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evidence file {shown} not found (looked in {folder})</source>
        <translation>fichier de preuve {shown} introuvable (recherché dans {folder})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evidence file {shown} cannot be read: {strerror}</source>
        <translation>le fichier de preuve {shown} ne peut pas être lu : {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} goes through a symbolic link ({part}); only files really inside the data file&apos;s folder are imported</source>
        <translation>le chemin de preuve {shown} passe par un lien symbolique ({part}) ; seuls les fichiers réellement situés dans le dossier du fichier de données sont importés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence file {shown} not found ({part} is not a folder)</source>
        <translation>fichier de preuve {shown} introuvable ({part} n&apos;est pas un dossier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {shown} {problem}</source>
        <translation>fichier de preuve {shown} {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains {bad}, half of a character, which is not text that can be stored</source>
        <translation>contient {bad}, une moitié de caractère, ce qui n&apos;est pas du texte enregistrable</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>is a symbolic link; AliAssist writes the evidence only into a real folder</source>
        <translation>est un lien symbolique ; AliAssist n&apos;écrit les preuves que dans un vrai dossier</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>evidence file {name} has changed in the vault since it was stored (its content no longer matches its SHA-256); the export was stopped</source>
        <translation>le fichier de preuve {name} a été modifié dans le coffre depuis son enregistrement (son contenu ne correspond plus à son SHA-256) ; l&apos;export a été interrompu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy evidence file {name}: {strerror}</source>
        <translation>impossible de copier le fichier de preuve {name} : {strerror}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/layouts.py" line="+144"/>
        <source>the remembered column mapping is unreadable</source>
        <extracomment>a column given by its position, `#1` to `#99999` (ASCII digits; `#²` is a column name) Fields that hold a date; the rest are text, amounts or quantities. header text -&gt; field (None: a column the app does not use) how numeric dates are written in this layout (None: the exporter writes none; numeric ones come from a spreadsheet, in its locale&apos;s order) how the exporter itself writes numeric dates (a spreadsheet may rewrite them) more header texts for the same columns (normalized) What a column of that name most likely holds, for the mapping step&apos;s first guess. None: not said; the file&apos;s own dates decide, or the person is asked how the layout&apos;s exporter writes dates: used for dates in its form until the file says</extracomment>
        <translation>la correspondance de colonnes mémorisée est illisible</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the header looks like the {name}&apos;s but has no {value} column</source>
        <translation>l&apos;en-tête ressemble à celui de {name}, mais n&apos;a pas de colonne {value}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/rows.py" line="+164"/>
        <source>{column}: has bytes that are not text in the file&apos;s encoding</source>
        <extracomment>The longest text each field may hold (the store&apos;s column sizes). Why a row whose order number a spreadsheet damaged is skipped. Fields read as values (dates, amounts, numbers), not as text. when receipt was confirmed, at the earliest: set for &quot;Completed&quot; orders identifies the row&apos;s content, for finding repeated rows the number is longer than 15 digits and ends in zeros past the 15th the row&apos;s order dates given without a time, space-separated (records.ORDER_DATES) where the inferred receipt and delivery dates came from (domain.estimates.SOURCES) seconds since 1970 now: dates more than a day after it are refused (None: no check) (field, column, longest text) for each mapped field; 0: not a text field some long number in the file keeps digits past the 15th: nothing cut them some number in the file was certainly mangled (scientific notation, many zeros) distinct numbers whose digits past the 15th are all zero</extracomment>
        <translation>{column} : contient des octets qui ne sont pas du texte dans l&apos;encodage du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column} : plus de {limit} caractères</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{column}: {message}</source>
        <translation>{column} : {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: {damage}</source>
        <translation>{column} : {damage}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{column}: {value} ends in zeros past its 15th digit (a spreadsheet zeroed them): {DAMAGED}</source>
        <translation>{column} : {value} se termine par des zéros après son 15e chiffre (un tableur les a mis à zéro) : {DAMAGED}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{column}: the order number is missing</source>
        <translation>{column} : le numéro de commande est manquant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column}: the order date is missing</source>
        <translation>{column} : la date de commande est manquante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: the order date {placed} is in the future</source>
        <translation>{column} : la date de commande {placed} est dans le futur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{column}: in {found}, but the row&apos;s other amounts are in {currency}</source>
        <translation>{column} : en {found}, mais les autres montants de la ligne sont en {currency}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/sources.py" line="-57"/>
        <location line="+43"/>
        <source>the file is empty: it has no header and no rows</source>
        <extracomment>One cell may hold this many characters (csv&apos;s default of 128 KB is too small for titles pasted with their descriptions, and a bad file should get a message, not a crash). the open stream, kept referenced while rows are read</extracomment>
        <translation>le fichier est vide : il n&apos;a ni en-tête ni lignes</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>this is an old Excel .xls workbook</source>
        <translation>il s&apos;agit d&apos;un ancien classeur Excel .xls</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is nothing to import: the pasted text is empty</source>
        <translation>rien à importer : le texte collé est vide</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read past line {line}: {exc}</source>
        <translation>impossible de lire au-delà de la ligne {line} : {exc}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is empty: the sheet has no header and no rows</source>
        <translation>le fichier est vide : la feuille n&apos;a ni en-tête ni lignes</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/values.py" line="+108"/>
        <source>{value} is not a date</source>
        <extracomment>how the layout&apos;s own exporter writes dates (3/5/2026: unpadded, 4-digit year); used for dates in that form until the file decides otherwise the file&apos;s own dates decided `order` (a day over 12)</extracomment>
        <translation>{value} n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>{text} is not a date</source>
        <translation>{text} n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date (unknown month name)</source>
        <translation>{text} n&apos;est pas une date (nom de mois inconnu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>{text} is not a date (no such day)</source>
        <translation>{text} n&apos;est pas une date (ce jour n&apos;existe pas)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{text} is not a date (write the year with 4 digits)</source>
        <translation>{text} n&apos;est pas une date (écrivez l&apos;année avec 4 chiffres)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>{text} is not a time of day</source>
        <translation>{text} n&apos;est pas une heure</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{whole} is not a date (write the year with 4 digits)</source>
        <translation>{whole} n&apos;est pas une date (écrivez l&apos;année avec 4 chiffres)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the currency is empty</source>
        <extracomment>Currency marks as order pages show them, longest first where one contains another. Marks that several currencies share: the file must say which.</extracomment>
        <translation>la devise est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} can mean {value}; choose the currency</source>
        <translation>{text} peut signifier {value} ; choisissez la devise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} is not a currency this app knows</source>
        <translation>{text} n&apos;est pas une devise connue de cette application</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>{value} is not an amount</source>
        <translation>{value} n&apos;est pas un montant</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the amount is not a number</source>
        <translation>le montant n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not an amount such as 12.34 or US $12.34</source>
        <translation>{text} n&apos;est pas un montant comme 12.34 ou US $12.34</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is negative</source>
        <translation>{value} est négatif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is too large an amount</source>
        <translation>{value} est un montant trop élevé</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} has more than {places} decimals for {currency}</source>
        <translation>{value} a plus de {places} décimales pour {currency}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a quantity (a whole number)</source>
        <translation>{text} n&apos;est pas une quantité (un nombre entier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is not a quantity (1 or more)</source>
        <translation>{number} n&apos;est pas une quantité (1 ou plus)</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/imports.py" line="+171"/>
        <source>{new}, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Settings key: remembered column mappings, by header signature. Rows staged per batch (and how often progress is reported). pasted rows without a header: `header` only names the columns by position</extracomment>
        <translation>{new}, {updated} mises à jour, {unchanged} inchangées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n nouvelle commande</numerusform>
            <numerusform>%n nouvelles commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be skipped</source>
        <translation>
            <numerusform>%n ligne serait ignorée</numerusform>
            <numerusform>%n lignes seraient ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were skipped</source>
        <translation>
            <numerusform>%n ligne a été ignorée</numerusform>
            <numerusform>%n lignes ont été ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{summary}; {skipped}</source>
        <translation>{summary} ; {skipped}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown field {field}; fields: {fields}</source>
        <translation>champ inconnu {field} ; champs : {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column {column} in the file (columns: {columns}; or #1 to #{last} by position)</source>
        <translation>aucune colonne {column} dans le fichier (colonnes : {columns} ; ou #1 à #{last} par position)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>map at least {fields}</source>
        <translation>associez au moins {fields}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>the file has a header but no rows</source>
        <extracomment>the line&apos;s cells as read from the file (shown for a row that will be skipped) the preview stopped before the end of the file how the rows&apos; numeric dates were read (None: the file has none that needed an order) the file&apos;s dates read both ways and nothing decides: the person must choose amounts without a currency and none chosen: the person must choose</extracomment>
        <translation>le fichier a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the orders again</source>
        <translation>exportez à nouveau les commandes</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <location filename="../../aliassist/gui/fields.py" line="+68"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a time, the date means 00:00 of that day in the platform&apos;s time zone, the earliest moment it can mean.</source>
        <translation>Sans heure, la date signifie 00:00 ce jour-là dans le fuseau horaire de la plateforme, le moment le plus tôt possible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of day</source>
        <translation>heure du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a date</source>
        <translation>a une date</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="-444"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Done</source>
        <translation>✔ Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Missing</source>
        <translation>✗ Manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not yet</source>
        <translation>– Pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not needed</source>
        <translation>– Pas nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files for {label}</source>
        <translation>Ajouter des fichiers pour {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for {label}</source>
        <translation>Fichiers pour {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed for this order</source>
        <translation>Pas nécessaire pour cette commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {why} Takes: {kinds}.</source>
        <translation>Pourquoi&#xa0;: {why} Accepte&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Other files of this order</source>
        <translation>Autres fichiers de cette commande</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add other files of this order</source>
        <translation>Ajouter d&apos;autres fichiers à cette commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached, but not counted for this reason&apos;s checklist. Right-click a file to count it for an item.</source>
        <translation>Joint, mais non compté dans la liste de ce motif. Faites un clic droit sur un fichier pour le compter pour un élément.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop files here from your file manager, or use “Add files…”</source>
        <translation>Déposez ici des fichiers depuis votre gestionnaire de fichiers, ou utilisez «&#xa0;Ajouter des fichiers…&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aliassist/services/language.py" line="+19"/>
        <source>AliAssist does not speak {code}</source>
        <translation>AliAssist ne parle pas {code}</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/language_settings.py" line="+19"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies after a restart of AliAssist: close it (also from the tray) and start it again.</source>
        <translation>S&apos;applique après un redémarrage d&apos;AliAssist&#xa0;: fermez-le (aussi depuis la zone de notification) et relancez-le.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language from the next start</source>
        <translation>Langue dès le prochain démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist speaks the language you chose from its next start. Close it (also from the tray) and start it again.</source>
        <translation>AliAssist parlera la langue choisie dès son prochain démarrage. Fermez-le (aussi depuis la zone de notification) et relancez-le.</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="+263"/>
        <source>Reading mail…</source>
        <translation>Lecture des e-mails…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the mail</source>
        <translation>Impossible de lire les e-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading mail cancelled: nothing was written.</source>
        <translation>Lecture des e-mails annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>E-mail import cancelled: nothing was written.</source>
        <translation>Import des e-mails annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saving what the mail says…</source>
        <translation>Enregistrement du contenu des e-mails…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written</source>
        <translation>Rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/mail_import.py" line="+37"/>
        <source>Placed</source>
        <extracomment>how a field is named to people, in the preview (marked for lupdate; shown through field_label, which translates them)</extracomment>
        <translation>Passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders would be updated, {created} created, {events} new events</source>
        <extracomment>the order is not stored: the import creates it, marked as from mail the new events (messages not read before), earliest first the platform&apos;s messages already read by an earlier import (they change nothing)</extracomment>
        <translation>{messages} messages lus, {platform} de la plateforme ; {updated} commandes seraient mises à jour, {created} créées, {events} nouveaux événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders were updated, {created} created, {events} new events</source>
        <translation>{messages} messages lus, {platform} de la plateforme ; {updated} commandes ont été mises à jour, {created} créées, {events} nouveaux événements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {count} messages were read before</source>
        <translation>; {count} messages avaient déjà été lus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {count} skipped</source>
        <translation>; {count} ignorés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name at least one mail file or folder</source>
        <translation>indiquez au moins un fichier ou dossier de courrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mail found: no .eml file, mbox or Maildir folder</source>
        <translation>aucun courrier trouvé : aucun fichier .eml, mbox ou dossier Maildir</translation>
    </message>
</context>
<context>
    <name>MailPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-130"/>
        <source>Import e-mails — preview</source>
        <translation>Importer des e-mails — aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n message(s) read&lt;/b&gt;, {platform} from the platform.</source>
        <translation>
            <numerusform>&lt;b&gt;%n message lu&lt;/b&gt;, {platform} de la plateforme.</numerusform>
            <numerusform>&lt;b&gt;%n messages lus&lt;/b&gt;, {platform} de la plateforme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) to update, {added} to add from mail, {events} new events</source>
        <translation>
            <numerusform>%n commande à mettre à jour, {added} à ajouter depuis les e-mails, {events} nouveaux événements</numerusform>
            <numerusform>%n commandes à mettre à jour, {added} à ajouter depuis les e-mails, {events} nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;Imported before, so they change nothing: %n message(s).</source>
        <translation>
            <numerusform>&lt;br&gt;Déjà importé, donc sans effet : %n message.</numerusform>
            <numerusform>&lt;br&gt;Déjà importés, donc sans effet : %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only dates the app left empty are filled; a date you entered is kept.</source>
        <translation>Seules les dates laissées vides par l&apos;application sont remplies&#xa0;; une date que vous avez saisie est conservée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the mail</source>
        <translation>D&apos;après l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes ({changes})</source>
        <translation>Modifications ({changes})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message or file</source>
        <translation>Message ou fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Motif de l&apos;omission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped ({count})</source>
        <translation>Ignorés ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (new, from mail)</source>
        <translation>  (nouvelle, d&apos;après un e-mail)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event noted</source>
        <translation>Événement noté</translation>
    </message>
</context>
<context>
    <name>MailSourcesDialog</name>
    <message>
        <location line="-147"/>
        <source>Import e-mails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the mail</source>
        <translation>Lire les e-mails</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mail files</source>
        <translation>Fichiers d&apos;e-mails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of mail</source>
        <translation>Un dossier d&apos;e-mails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+24"/>
        <source>Undo</source>
        <extracomment>emitted after every reload: the orders (may) have changed (the notifier re-plans) undo and redo of edits, deletions, dispute steps and evidence changes</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order details</source>
        <translation>Détails de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sample orders</source>
        <extracomment>the buyer&apos;s own data while the window shows the sample database says the window shows sample orders, with the way back</extracomment>
        <translation>Commandes d&apos;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sample orders&lt;/b&gt; — made up, in a separate database; your own orders are not here and nothing you do here touches them.</source>
        <translation>&lt;b&gt;Commandes d&apos;exemple&lt;/b&gt; — fictives, dans une base distincte&#xa0;; vos propres commandes ne sont pas ici et rien de ce que vous faites ici ne les touche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+717"/>
        <source>&amp;Back to my orders</source>
        <translation>&amp;Retour à mes commandes</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>&amp;New order…</source>
        <extracomment>shown when the search and filters leave no order: says how to get them back other people&apos;s changes on a team database, refreshed as they are committed</extracomment>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order from its order page</source>
        <translation>Ajouter une commande depuis sa page de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Modifier la commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected order (Enter in the orders table)</source>
        <translation>Modifier la commande sélectionnée (Entrée dans le tableau des commandes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete order</source>
        <translation>&amp;Supprimer la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected orders (can be undone)</source>
        <translation>Supprimer les commandes sélectionnées (annulable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence…</source>
        <translation>&amp;Preuves…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence checklist of the selected order</source>
        <translation>La liste de preuves de la commande sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ssign…</source>
        <translation>A&amp;ttribuer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected orders to a person (their deadline notices go to that person only)</source>
        <translation>Attribuer les commandes sélectionnées à une personne (leurs alertes d&apos;échéance ne vont qu&apos;à cette personne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;orders…</source>
        <translation>&amp;Importer des commandes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an exporter&apos;s CSV, TSV or XLSX file (preview first)</source>
        <translation>Importer le fichier CSV, TSV ou XLSX d&apos;un outil d&apos;export (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste orders</source>
        <translation>&amp;Coller des commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import rows copied from an exporter file or a spreadsheet (preview first)</source>
        <translation>Importer des lignes copiées depuis un fichier d&apos;export ou un tableur (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;e-mails…</source>
        <translation>Importer des &amp;e-mails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read shipped, delivered and confirmed dates from the platform&apos;s e-mails in your mail files (preview first)</source>
        <translation>Lire les dates d&apos;expédition, de livraison et de confirmation dans les e-mails de la plateforme de vos fichiers d&apos;e-mails (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;data file…</source>
        <translation>Importer un fichier de &amp;données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an AliAssist JSON data file</source>
        <translation>Importer un fichier de données JSON d&apos;AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export data file…</source>
        <translation>E&amp;xporter un fichier de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every order and its evidence</source>
        <translation>Enregistrer toutes les commandes et leurs preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, store, item or tracking</source>
        <translation>Rechercher des commandes par numéro, boutique, article ou suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show all orders</source>
        <translation>Afficher &amp;toutes les commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;pane</source>
        <translation>&amp;Volet de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the order pane</source>
        <translation>Afficher ou masquer le volet de commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About AliAssist</source>
        <translation>À &amp;propos d&apos;AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clocks mean, how to import, how the pre-check works</source>
        <translation>Ce que signifient les délais, comment importer, comment fonctionne la pré-vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+581"/>
        <source>&amp;Try it with sample orders</source>
        <translation>&amp;Essayer avec des commandes d&apos;exemple</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>A separate database of made-up orders</source>
        <translation>Une base distincte de commandes fictives</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ort by</source>
        <translation>T&amp;rier par</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n order(s) · {attention} need attention</source>
        <translation>
            <numerusform>%n commande · {attention} demandent votre attention</numerusform>
            <numerusform>%n commandes · {attention} demandent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+512"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-511"/>
        <source>{shown} of %n order(s)</source>
        <translation>
            <numerusform>{shown} sur %n commande</numerusform>
            <numerusform>{shown} sur %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “{words}”</source>
        <translation>Aucune commande ne correspond à «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order matches these filters</source>
        <translation>Aucune commande ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}. Press Esc in the search box to clear it, or View ▸ Show all orders (Ctrl+Shift+A) to see every order.</source>
        <translation>{what}. Appuyez sur Échap dans le champ de recherche pour l&apos;effacer, ou Affichage ▸ Afficher toutes les commandes (Ctrl+Maj+A) pour voir toutes les commandes.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pre-check blocks this dispute</source>
        <translation>La pré-vérification bloque ce litige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date of order {number}</source>
        <translation>Saisir la date de la commande {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the date</source>
        <translation>Impossible d&apos;enregistrer la date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the date of order {number}</source>
        <translation>Date de la commande {number} enregistrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add order {number}</source>
        <translation>Ajouter la commande {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit order {number}</source>
        <translation>Modifier la commande {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the order</source>
        <translation>Impossible d&apos;enregistrer la commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved order {number}</source>
        <translation>Commande {number} enregistrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept {who}’s save of order {number}; your changes were dropped</source>
        <translation>L&apos;enregistrement de {who} pour la commande {number} a été conservé&#xa0;; vos modifications ont été abandonnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the other save of order {number}; your changes were dropped</source>
        <translation>L&apos;autre enregistrement de la commande {number} a été conservé&#xa0;; vos modifications ont été abandonnées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete order {number}</source>
        <translation>Supprimer la commande {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted order {number}. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Commande {number} supprimée. Édition ▸ Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Supprimer %n commande</numerusform>
            <numerusform>Supprimer %n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n order(s). Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n commande supprimée. Édition ▸ Annuler (Ctrl+Z) la rétablit.</numerusform>
            <numerusform>%n commandes supprimées. Édition ▸ Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drop one file at a time; importing the first.</source>
        <translation>Déposez un seul fichier à la fois&#xa0;; import du premier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;dispute…</source>
        <translation>Nouveau &amp;litige…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a dispute on the selected order, pre-checked against the platform&apos;s rules</source>
        <translation>Préparer un litige sur la commande sélectionnée, pré-vérifié selon les règles de la plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute &amp;steps…</source>
        <translation>Étape&amp;s du litige…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened to the selected order&apos;s disputes, and refunds or claims</source>
        <translation>Enregistrer ce qui est arrivé aux litiges de la commande sélectionnée, ainsi que les remboursements ou réclamations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message to seller…</source>
        <translation>&amp;Message au vendeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message to the seller or a review, checked as you type</source>
        <translation>Écrire un message au vendeur ou un avis, vérifié pendant la saisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export dispute &amp;packet…</source>
        <translation>Exporter le &amp;dossier de litige…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP with the summary, the message, the evidence and a verifiable manifest</source>
        <translation>Un ZIP avec le résumé, le message, les preuves et un manifeste vérifiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispute</source>
        <translation>&amp;Litige</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute recorded on order {number}: watch its clocks.</source>
        <translation>Litige enregistré sur la commande {number}&#xa0;: surveillez ses délais.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the packet</source>
        <translation>Impossible d&apos;exporter le dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote the dispute packet {path} (%n file(s) and a manifest)</source>
        <translation>
            <numerusform>Dossier de litige {path} écrit (%n fichier et un manifeste)</numerusform>
            <numerusform>Dossier de litige {path} écrit (%n fichiers et un manifeste)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the sample orders</source>
        <translation>Impossible d&apos;ouvrir les commandes d&apos;exemple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing sample orders: Help ▸ Back to my orders returns to yours.</source>
        <translation>Affichage des commandes d&apos;exemple&#xa0;: Aide ▸ Retour à mes commandes ramène aux vôtres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to your orders.</source>
        <translation>Retour à vos commandes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{app} — sample orders</source>
        <translation>{app} — commandes d&apos;exemple</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to your orders first (Help ▸ Back to my orders)</source>
        <translation>Revenez d&apos;abord à vos commandes (Aide ▸ Retour à mes commandes)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot assign</source>
        <translation>Attribution impossible</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>order {number}</source>
        <translation>commande {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign {what}</source>
        <translation>Attribuer {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned {what} to {who}</source>
        <translation>{what} attribué à {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned {what} to nobody</source>
        <translation>{what} attribué à personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Buyer Protection deadlines, dispute pre-checks and evidence for {platform} orders.&lt;br&gt;&lt;br&gt;Policy {policy} {policy_version} ({policy_file})&lt;br&gt;Database: {database}&lt;br&gt;&lt;br&gt;Works offline: your orders, photos and disputes never leave this computer.</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Délais de Protection de l&apos;acheteur, pré-vérification des litiges et preuves pour les commandes {platform}.&lt;br&gt;&lt;br&gt;Règles {policy} {policy_version} ({policy_file})&lt;br&gt;Base de données&#xa0;: {database}&lt;br&gt;&lt;br&gt;Fonctionne hors ligne&#xa0;: vos commandes, photos et litiges ne quittent jamais cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../aliassist/gui/dispute/message_editor.py" line="+52"/>
        <source>Message to seller — order {number}</source>
        <extracomment>with an order and a context, typed words are kept as the order&apos;s draft</extracomment>
        <translation>Message au vendeur — commande {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to seller</source>
        <translation>Message au vendeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what is wrong and what you ask for, politely and with facts. No links to other sites, no deals outside the platform, no review in exchange for anything. A review is checked the same way.</source>
        <translation>Dites ce qui ne va pas et ce que vous demandez, poliment et avec des faits. Pas de liens vers d&apos;autres sites, pas d&apos;arrangement hors plateforme, pas d&apos;avis en échange de quoi que ce soit. Un avis est vérifié de la même façon.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Your message to the seller (or your review)</source>
        <translation>&amp;Votre message au vendeur (ou votre avis)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing found: the message breaks none of the platform&apos;s message rules the app knows.</source>
        <translation>Rien trouvé&#xa0;: le message n&apos;enfreint aucune des règles de messagerie de la plateforme connues de l&apos;application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Message checks&lt;/b&gt; — as you type</source>
        <translation>&lt;b&gt;Vérification du message&lt;/b&gt; — pendant la saisie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language the greeting is written in. English is what sellers read best.</source>
        <extracomment>the language the greeting is written in (as the wizard&apos;s &quot;Draft language&quot;), apart from the window&apos;s: English by default, as sellers read it best</extracomment>
        <translation>La langue dans laquelle la formule de salutation est rédigée. Les vendeurs lisent mieux l&apos;anglais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Langue du brouillon :</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Do not send this.&lt;/b&gt;&lt;/span&gt; Take out what blocks it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;N&apos;envoyez pas ceci.&lt;/b&gt;&lt;/span&gt; Retirez ce qui bloque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Read the warnings&lt;/b&gt;&lt;/span&gt; before you send it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Lisez les avertissements&lt;/b&gt;&lt;/span&gt; avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Fine to send.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Prêt à envoyer.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out what blocks it first</source>
        <translation>Retirez d&apos;abord ce qui bloque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep your message as a draft?</source>
        <translation>Conserver votre message comme brouillon&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../aliassist/services/migrate.py" line="+56"/>
        <source>{table}: {source} -&gt; {target}</source>
        <extracomment>table -&gt; (rows in the source, rows in the target after the copy) sha256 -&gt; (size, SHA-256 of the bytes read back from the target&apos;s vault) evidence files copied now (the others the target&apos;s vault already held) the target held data that was deleted first (`replace`)</extracomment>
        <translation>{table} : {source} -&gt; {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table}: {source} -&gt; {target}  MISMATCH</source>
        <translation>{table} : {source} -&gt; {target}  DIFFÉRENCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence {sha} {size} bytes: same SHA-256</source>
        <translation>preuve {sha} {size} octets : même SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence {sha} {size} bytes: MISMATCH (read back {got})</source>
        <translation>preuve {sha} {size} octets : DIFFÉRENCE (relu : {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved {orders} and {files} to {target}: rows counted in every table and every evidence file&apos;s SHA-256 read back: {verdict}</source>
        <translation>{orders} et {files} déplacés vers {target} : lignes comptées dans chaque table et SHA-256 de chaque fichier de preuve relu : {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+51"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n fichier de preuve</numerusform>
            <numerusform>%n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is the database already open: choose another one to move to</source>
        <translation>est la base de données déjà ouverte : choisissez-en une autre comme destination</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 evidence file the orders refer to is missing from this database&apos;s vault; nothing was copied</source>
        <translation>1 fichier de preuve auquel les commandes font référence est absent du coffre de cette base de données ; rien n&apos;a été copié</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evidence files the orders refer to are missing from this database&apos;s vault; nothing was copied</source>
        <translation>
            <numerusform>%n fichier de preuve auquel les commandes font référence est absent du coffre de cette base de données ; rien n&apos;a été copié</numerusform>
            <numerusform>%n fichiers de preuve auxquels les commandes font référence sont absents du coffre de cette base de données ; rien n&apos;a été copié</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>`aliassist verify-data` lists them; attach them again or detach them, then move the data</source>
        <translation>`aliassist verify-data` les liste ; joignez-les à nouveau ou détachez-les, puis déplacez les données</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already holds data ({orders}, {rows} rows in all); nothing was changed</source>
        <translation>contient déjà des données ({orders}, {rows} lignes au total) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose an empty database, or add --replace to delete what it holds and put this database&apos;s data in its place</source>
        <translation>choisissez une base de données vide, ou ajoutez --replace pour supprimer son contenu et le remplacer par les données de cette base</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../aliassist/notify/delivery.py" line="+55"/>
        <source>Open AliAssist</source>
        <extracomment>Action keys sent with D-Bus notices</extracomment>
        <translation>Ouvrir AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all 1 day</source>
        <translation>Tout reporter d&apos;un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>Reporter d&apos;un jour</translation>
    </message>
    <message>
        <location filename="../../aliassist/notify/texts.py" line="+51"/>
        <source>passed</source>
        <extracomment>how many notices a catch-up summary lists before &quot;and N more&quot; less than a day left for the most urgent notice</extracomment>
        <translation>dépassé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in less than an hour</source>
        <translation>dans moins d&apos;une heure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {number} · {store}</source>
        <translation>Commande {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Buyer Protection ended: you have %n day(s) to open a dispute</source>
        <translation>
            <numerusform>Protection de l&apos;acheteur terminée&#xa0;: il vous reste %n jour pour ouvrir un litige</numerusform>
            <numerusform>Protection de l&apos;acheteur terminée&#xa0;: il vous reste %n jours pour ouvrir un litige</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {time_left} and the parcel has not arrived</source>
        <translation>{label} {time_left} et le colis n&apos;est pas arrivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: {time_left}</source>
        <translation>{label}&#xa0;: {time_left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>{order}. {label}: {deadline}. {help}</source>
        <translation>{order}. {label}&#xa0;: {deadline}. {help}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{order}. {label}: {deadline}. {ask}, or open a dispute now. {help}</source>
        <translation>{order}. {label}&#xa0;: {deadline}. {ask}, ou ouvrez un litige maintenant. {help}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more in AliAssist</source>
        <translation>
            <numerusform>… et %n autre dans AliAssist</numerusform>
            <numerusform>… et %n autres dans AliAssist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n échéance demande votre attention</numerusform>
            <numerusform>%n échéances demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time_left}: {label} (parcel not arrived)</source>
        <translation>{time_left}&#xa0;: {label} (colis non arrivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time_left}: {label}</source>
        <translation>{time_left}&#xa0;: {label}</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../aliassist/gui/desktop/notice_banner.py" line="+35"/>
        <location line="+24"/>
        <source>Open order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>Snooze 1 day</source>
        <translation>Reporter d&apos;un jour</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open AliAssist</source>
        <translation>Ouvrir AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze all 1 day</source>
        <translation>Tout reporter d&apos;un jour</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../aliassist/gui/settings/notify_settings.py" line="+31"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days before a deadline at which AliAssist warns you, separated by commas. The platform rules suggest {policy_default}.</source>
        <translation>Jours avant une échéance où AliAssist vous avertit, séparés par des virgules. Les règles de la plateforme suggèrent {policy_default}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start AliAssist when I log in</source>
        <translation>Lancer AliAssist à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes {location}</source>
        <translation>Écrit {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume now</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn this many days before a deadline:</source>
        <translation>Avertir ce nombre de jours avant une échéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications are on (pause them from the tray menu).</source>
        <translation>Les notifications sont activées (mettez-les en pause depuis le menu de la zone de notification).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications are paused until {time}.</source>
        <translation>Les notifications sont en pause jusqu&apos;à {time}.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../aliassist/services/notifications.py" line="+153"/>
        <source>{text} is not a whole number of days</source>
        <extracomment>log rows older than this past their deadline are not read back (they can&apos;t show again) int8 state codes (aliassist.domain.clocks.STATES) of every order the orders whose clocks this computer warns about</extracomment>
        <translation>{text} n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>write them like 14, 7, 3, 1</source>
        <translation>écrivez-les comme 14, 7, 3, 1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{value} is out of range (1 to {most} days)</source>
        <translation>{value} est hors limites (1 à {most} jours)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give at least one number of days</source>
        <translation>indiquez au moins un nombre de jours</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot write the calendar: {problem}</source>
        <translation>impossible d&apos;écrire le calendrier : {problem}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../aliassist/gui/operations.py" line="+62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+50"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped</source>
        <translation>Non expédié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking says so)</source>
        <translation>Livré (selon le suivi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the seller</source>
        <translation>Renvoyé au vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <source>Seller responded</source>
        <translation>Le vendeur a répondu</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Escalated</source>
        <translation>Transmis à la plateforme</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Return requested</source>
        <translation>Retour demandé</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+278"/>
        <source>Return shipped</source>
        <translation>Retour expédié</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Full refund</source>
        <translation>Remboursement total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Rétrofacturation par carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Réclamation auprès du prestataire de paiement</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order sections</source>
        <translation>Sections de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery &amp;&amp; protection</source>
        <translation>Livraison &amp;&amp; protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10.00, in the order&apos;s currency</source>
        <translation>10.00, dans la devise de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option / SKU</source>
        <translation>Option / SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, size, model</source>
        <translation>Couleur, taille, modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product link</source>
        <translation>Lien du produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image link</source>
        <translation>Lien de l&apos;image</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add item</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items. Use “Add item”.</source>
        <translation>Aucun article. Utilisez «&#xa0;Ajouter un article&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add dispute</source>
        <translation>Ajouter un litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No disputes. Use “Add dispute”.</source>
        <translation>Aucun litige. Utilisez «&#xa0;Ajouter un litige&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paypal, visa, …</source>
        <translation>paypal, visa, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the order&apos;s currency</source>
        <translation>dans la devise de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add payment</source>
        <translation>Ajouter un paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments. Use “Add payment”.</source>
        <translation>Aucun paiement. Utilisez «&#xa0;Ajouter un paiement&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds &amp;&amp; claims</source>
        <translation>Remboursements &amp;&amp; réclamations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files. Use “Add file”.</source>
        <translation>Aucun fichier. Utilisez «&#xa0;Ajouter un fichier&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files. Use “Add files…”.</source>
        <translation>Aucun fichier. Utilisez «&#xa0;Ajouter des fichiers…&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>8187000000000001 (from the order page)</source>
        <extracomment>what the editor must tell first (reopened after a refused save: whose change won)</extracomment>
        <translation>8187000000000001 (depuis la page de commande)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional: which of your accounts</source>
        <translation>facultatif&#xa0;: lequel de vos comptes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the order list shows it, e.g. Awaiting delivery</source>
        <translation>tel qu&apos;affiché dans la liste des commandes, p. ex. En attente de livraison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything you want to remember about this order</source>
        <translation>Tout ce que vous voulez retenir sur cette commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Lien de la boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Statut sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>shipped on</source>
        <translation>expédié le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tracking says delivered on</source>
        <translation>livré selon le suivi le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirmed receipt on</source>
        <translation>J&apos;ai confirmé la réception le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming receipt completes the order: the dispute window then closes 15 days later.</source>
        <translation>Confirmer la réception finalise la commande&#xa0;: le délai de litige se ferme alors 15 jours plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lasts</source>
        <translation>dure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days from shipping (or the order date)</source>
        <translation> jours à partir de l&apos;expédition (ou de la date de commande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends on</source>
        <translation>se termine le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the order page shows it (“Protection ends: Mar 3”).</source>
        <translation>Tel qu&apos;affiché sur la page de commande («&#xa0;Fin de la protection&#xa0;: 3 mars&#xa0;»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days added</source>
        <translation>Jours ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on</source>
        <translation>Accordée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>Prolongations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add extension</source>
        <translation>Ajouter une prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No extensions. Use “Add extension”.</source>
        <translation>Aucune prolongation. Utilisez «&#xa0;Ajouter une prolongation&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Statut du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Lien de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection</source>
        <translation>Protection de l&apos;acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Prolongations accordées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dispute</source>
        <translation>Aucun litige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (received)</source>
        <translation>{reason} (reçu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (not received)</source>
        <translation>{reason} (non reçu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute id</source>
        <translation>Identifiant du litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute number</source>
        <translation>le numéro de litige de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return tracking</source>
        <translation>Suivi du retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedy</source>
        <translation>Solution demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Non choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund asked</source>
        <translation>Remboursement demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a partial refund</source>
        <translation>pour un remboursement partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Élément de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add the file</source>
        <translation>Impossible d&apos;ajouter le fichier</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Order › Amount paid (currency)</source>
        <translation>Commande › Montant payé (devise)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount needs the order&apos;s currency (Order tab)</source>
        <translation>un montant nécessite la devise de la commande (onglet Commande)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order › Order number</source>
        <translation>Commande › Numéro de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items › {index} › Price</source>
        <translation>Articles › {index} › Prix</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputes › {index} › Refund</source>
        <translation>Litiges › {index} › Remboursement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds › {index} › Amount</source>
        <translation>Remboursements › {index} › Montant</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order › Amount paid</source>
        <translation>Commande › Montant payé</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check the order</source>
        <translation>Vérifiez la commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;Fill in the order date to see its deadlines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Renseignez la date de commande pour voir ses échéances.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{clock}: &lt;b&gt;{date}&lt;/b&gt; ({left})</source>
        <translation>{clock}&#xa0;: &lt;b&gt;{date}&lt;/b&gt; ({left})</translation>
    </message>
</context>
<context>
    <name>OrderImports</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_flow.py" line="+42"/>
        <source>Order exports (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <extracomment>Files the import recognises by their content (the name only sorts the file dialog).</extracomment>
        <translation>Exports de commandes (*.csv *.tsv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import orders</source>
        <extracomment>the dialogs of the import in progress (tests and screenshots reach them here)</extracomment>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clipboard holds no rows to import.</source>
        <translation>Le presse-papiers ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing orders…</source>
        <translation>Import des commandes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {index}</source>
        <translation>Colonne {index}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import: {summary}.</source>
        <translation>Import&#xa0;: {summary}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail import: {summary}.</source>
        <translation>Import des e-mails&#xa0;: {summary}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a data file</source>
        <translation>Importer un fichier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json);;All files (*)</source>
        <translation>Données AliAssist (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>%n commande ajoutée, {updated} mises à jour, {unchanged} inchangées.</numerusform>
            <numerusform>%n commandes ajoutées, {updated} mises à jour, {unchanged} inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Données AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>%n commande écrite dans {path}</numerusform>
            <numerusform>%n commandes écrites dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="+69"/>
        <source>(you)</source>
        <extracomment>asks for the real value of an estimated field (order id, field), when the app can who saved the order last, and who recorded each dispute step (None: not read) the link that shows how each clock was reached texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>(vous)</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>Deadlines</source>
        <extracomment>the section boxes of the order shown now set by the window: asks for the real value of an estimated field set by the window: who saved the order and recorded its steps (order id) set by the window: asks whom to assign the order to (order id) the current user (ALIASSIST_NAME or the database role), None when not known</extracomment>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates to confirm</source>
        <translation>Dates à confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select an order to see its deadlines, items, tracking, disputes and payments.</source>
        <translation>Sélectionnez une commande pour voir ses échéances, articles, suivi, litiges et paiements.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: &lt;b&gt;{who}&lt;/b&gt;{you}</source>
        <translation>Attribuée à&#xa0;: &lt;b&gt;{who}&lt;/b&gt;{you}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: {who}</source>
        <translation>Attribuée à&#xa0;: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this order: its deadline notices go to that person only (to everyone while it is assigned to nobody)</source>
        <translation>Qui s&apos;occupe de cette commande&#xa0;: ses alertes d&apos;échéance ne vont qu&apos;à cette personne (à tout le monde tant qu&apos;elle n&apos;est attribuée à personne)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed {date}</source>
        <translation>passée le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../aliassist/gui/workspace/orders_model.py" line="+41"/>
        <source>Order</source>
        <extracomment>What the table shows, the deadline facts first (a narrow window scrolls to the rest). The titles are translated where they are shown (`headerData`).</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection ends</source>
        <translation>Fin de protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute deadline</source>
        <translation>Délai de litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚑ %n dispute(s)</source>
        <translation>
            <numerusform>⚑ %n litige</numerusform>
            <numerusform>⚑ %n litiges</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All states</source>
        <extracomment>State filters: id -&gt; (label, state names). None shows every order. The labels are translated where they are shown (context &quot;OrdersModel&quot;).</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Protection bientôt terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last days to dispute</source>
        <translation>Derniers jours pour un litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates to confirm</source>
        <extracomment>not a state: the orders whose deadline rests on an estimate (OrderTable.estimated)</extracomment>
        <translation>Dates à confirmer</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>
Closed: {reason}.</source>
        <extracomment>The account filter&apos;s value for orders without an account. the platform&apos;s zone, in which a date-only value is read back as its date the usual protection length, for the tooltip of an estimated deadline one text per order (number, store, every item title, tracking), casefolded; loaded on first search by `search_texts`, which the window sets why a closed order is closed (&quot;refunded in full&quot;), read when its tooltip shows; the window sets it</extracomment>
        <translation>
Clos&#xa0;: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>
⚑ %n dispute(s) recorded.</source>
        <translation>
            <numerusform>
⚑ %n litige enregistré.</numerusform>
            <numerusform>
⚑ %n litiges enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> Next dispute clock: {date} (%n day(s) left).</source>
        <translation>
            <numerusform> Prochaine échéance du litige&#xa0;: {date} (%n jour restant).</numerusform>
            <numerusform> Prochaine échéance du litige&#xa0;: {date} (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Next dispute clock: {date} ({days} days left).</source>
        <translation> Prochaine échéance du litige&#xa0;: {date} ({days} jours restants).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the receipt date is an estimate (at the earliest: the export did not say when receipt was confirmed)</source>
        <translation>la date de réception est estimée (au plus tôt&#xa0;: l&apos;export n&apos;indiquait pas quand la réception a été confirmée)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the protection length is the usual one (about %n day(s)), not the one on the order page</source>
        <translation>
            <numerusform>la durée de protection est la durée habituelle (environ %n jour), pas celle de la page de commande</numerusform>
            <numerusform>la durée de protection est la durée habituelle (environ %n jours), pas celle de la page de commande</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
The deadline is an estimate: {what}. Select the order and choose “Enter the real date…” in the pane.</source>
        <translation>
L&apos;échéance est estimée&#xa0;: {what}. Sélectionnez la commande et choisissez «&#xa0;Saisir la date réelle…&#xa0;» dans le volet.</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <location filename="../../aliassist/packet/record.py" line="+18"/>
        <source>No steps recorded yet.</source>
        <extracomment>steps recorded outside the step table texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Aucune étape enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps recorded</source>
        <translation>Étapes enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute was opened</source>
        <translation>le litige a été ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed although the pre-check blocked it</source>
        <translation>déposé bien que la pré-vérification l&apos;ait bloqué</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Platform dispute id</source>
        <translation>Identifiant du litige sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (not recorded)</source>
        <translation>— (non enregistré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/packet/summary.py" line="+351"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../aliassist/packet/summary.py" line="-66"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/summary.py" line="-241"/>
        <source>BLOCKS</source>
        <translation>BLOQUANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+87"/>
        <source>Dispute packet: order {number}</source>
        <translation>Dossier de litige&#xa0;: commande {number}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not chosen</source>
        <translation>Non choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by {app} {version} on {date} with the {platform} rules {policy_version}. The manifest lists the SHA-256 of every file, so you can show later that nothing was changed.</source>
        <translation>Créé par {app} {version} le {date} avec les règles {platform} {policy_version}. Le manifeste indique le SHA-256 de chaque fichier, pour que vous puissiez prouver plus tard que rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-check</source>
        <translation>Pré-vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence checklist</source>
        <translation>Liste de preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking)</source>
        <translation>Livrée (suivi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection length</source>
        <translation>Durée de protection</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s) (the usual length; not read from the order page)</source>
        <translation>
            <numerusform>environ %n jour (durée habituelle&#xa0;; non lue sur la page de commande)</numerusform>
            <numerusform>environ %n jours (durée habituelle&#xa0;; non lue sur la page de commande)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection extended</source>
        <translation>Protection prolongée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+212"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reason</source>
        <extracomment>territories whose paper is US Letter; everyone else uses A4 texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>Solution demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (this packet)</source>
        <translation>Aujourd&apos;hui (ce dossier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>non requis</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (litige {number})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>passed</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>moins d&apos;un jour restant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order state: {state}. Times are in the buyer&apos;s local time.</source>
        <translation>État de la commande&#xa0;: {state}. Heures exprimées en heure locale de l&apos;acheteur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to file:</source>
        <translation>Prêt à déposer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing blocks this dispute.</source>
        <translation>rien ne bloque ce litige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready:</source>
        <translation>Pas prêt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pre-check found something the platform treats as abuse.</source>
        <translation>la pré-vérification a trouvé un élément que la plateforme considère comme un abus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported anyway</source>
        <translation>Exporté malgré tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the buyer&apos;s request; the manifest records the override.</source>
        <translation>à la demande de l&apos;acheteur&#xa0;; le manifeste consigne ce passage outre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule {rule} · {source}</source>
        <translation>Règle {rule} · {source}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (required)</source>
        <translation>manquant (requis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing (recommended)</source>
        <translation>manquant (recommandé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to capture</source>
        <translation>Ce qu&apos;il faut capturer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No evidence files are attached.</source>
        <translation>Aucun fichier de preuve joint.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VIDEO</source>
        <translation>VIDÉO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order placed</source>
        <extracomment>&quot;passed&quot;, &quot;ahead&quot; or &quot;today&quot;</extracomment>
        <translation>Commande passée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/archive.py" line="+167"/>
        <source>not a ZIP file (or a damaged one), so not a dispute packet</source>
        <extracomment>content that is already compressed: stored as is (deflating it again only costs time) the largest manifest read (a packet of thousands of files lists them in far less): a small ZIP may hold a manifest that inflates to gigabytes what reading a hostile entry can raise: damage, encryption (RuntimeError), an unknown compression method (NotImplementedError), broken headers names that stand more than once in the ZIP (a reader may show either copy)</extracomment>
        <translation>pas un fichier ZIP (ou un fichier endommagé), donc pas un dossier de litige</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the packet: {strerror}</source>
        <translation>impossible de lire le dossier : {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a regular file, so not a packet</source>
        <translation>n&apos;est pas un fichier ordinaire, donc pas un dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no {manifest}: not an AliAssist dispute packet</source>
        <translation>ne contient pas {manifest} : pas un dossier de litige AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds {manifest} {value} times: it has been tampered with</source>
        <translation>contient {manifest} {value} fois : il a été falsifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} is {file_size} bytes; a packet&apos;s manifest is far smaller, so this is not an AliAssist packet</source>
        <translation>{manifest} fait {file_size} octets ; le manifeste d&apos;un dossier est bien plus petit, ce n&apos;est donc pas un dossier AliAssist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} cannot be read ({value})</source>
        <translation>{manifest} ne peut pas être lu ({value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} inflates beyond its stated size: not an AliAssist packet</source>
        <translation>{manifest} se décompresse au-delà de sa taille déclarée : pas un dossier AliAssist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} cannot be read ({exc})</source>
        <translation>{manifest} ne peut pas être lu ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} is nested too deeply: not an AliAssist packet manifest</source>
        <translation>{manifest} est trop profondément imbriqué : pas un manifeste de dossier AliAssist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{manifest} is not an AliAssist packet manifest</source>
        <translation>{manifest} n&apos;est pas un manifeste de dossier AliAssist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{manifest} has no valid version</source>
        <translation>{manifest} n&apos;a pas de version valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the packet was made by a newer AliAssist</source>
        <translation>le dossier a été créé par une version plus récente d&apos;AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update AliAssist to verify it</source>
        <translation>mettez à jour AliAssist pour le vérifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is encrypted</source>
        <translation>il est chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown compression method</source>
        <translation>une méthode de compression inconnue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} has no list of files</source>
        <translation>{manifest} n&apos;a pas de liste de fichiers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{manifest} lists a file without a path</source>
        <translation>{manifest} liste un fichier sans chemin</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/packet.py" line="+170"/>
        <source>is a folder; give a file name such as packet.zip</source>
        <extracomment>the longest file name inside the packet (Windows and old unzip tools stay happy) the files the manifest lists (the manifest itself not counted, as verify-packet counts)</extracomment>
        <translation>est un dossier ; indiquez un nom de fichier comme packet.zip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence file {name} is missing from the vault</source>
        <translation>le fichier de preuve {name} est absent du coffre</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the stored copy of {name} is damaged: its content no longer matches its SHA-256, so no packet was written</source>
        <translation>la copie enregistrée de {name} est endommagée : son contenu ne correspond plus à son SHA-256, aucun dossier n&apos;a donc été écrit</translation>
    </message>
</context>
<context>
    <name>PacketExporter</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="+61"/>
        <source>Export dispute packet</source>
        <translation>Exporter le dossier de litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute packet (*.zip)</source>
        <translation>Dossier de litige (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pre-check blocks this dispute</source>
        <translation>La pré-vérification bloque ce litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking}

Filing it may count as abuse of Buyer Protection. Export the packet anyway? The manifest will record that you exported it despite the pre-check.</source>
        <translation>{blocking}

Le déposer peut être considéré comme un abus de la Protection de l&apos;acheteur. Exporter le dossier malgré tout&#xa0;? Le manifeste consignera que vous l&apos;avez exporté malgré la pré-vérification.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the dispute packet…</source>
        <translation>Export du dossier de litige…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The packet was not written</source>
        <translation>Le dossier n&apos;a pas été écrit</translation>
    </message>
</context>
<context>
    <name>RealDateDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/date_entry.py" line="+19"/>
        <source>Receipt confirmed</source>
        <extracomment>field -&gt; (dialog title, what to read on the order page)</extracomment>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you confirm receipt? The order page shows it under the order&apos;s details.</source>
        <translation>Quand avez-vous confirmé la réception&#xa0;? La page de commande l&apos;indique sous les détails de la commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When was the parcel delivered? The tracking page shows it.</source>
        <translation>Quand le colis a-t-il été livré&#xa0;? La page de suivi l&apos;indique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends</source>
        <translation>Fin de protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When does Buyer Protection end? The order page shows the date under the order&apos;s status.</source>
        <translation>Quand la Protection de l&apos;acheteur se termine-t-elle&#xa0;? La page de commande indique la date sous le statut de la commande.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — order {number}</source>
        <translation>{title} — commande {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now {qualifier}: {why}.</source>
        <translation>Actuellement {qualifier}&#xa0;: {why}.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../aliassist/gui/workspace/record_list.py" line="+69"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../aliassist/services/safety.py" line="+48"/>
        <source>the damaged database was moved aside to {path}</source>
        <extracomment>where a damaged database was moved before the restore, if it was evidence files the restored data refers to that are not in the vault</extracomment>
        <translation>la base de données endommagée a été déplacée vers {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {backup}: {orders}</source>
        <translation>{backup} restaurée : {orders}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data it replaced was saved as backup {kept} ({restore} {kept} brings it back)</source>
        <translation>les données remplacées ont été enregistrées comme sauvegarde {kept} ({restore} {kept} les rétablit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: 1 evidence file this backup refers to is missing from the evidence vault</source>
        <translation>avertissement : 1 fichier de preuve auquel cette sauvegarde fait référence est absent du coffre de preuves</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n evidence files this backup refers to are missing from the evidence vault</source>
        <translation>
            <numerusform>avertissement : %n fichier de preuve auquel cette sauvegarde fait référence est absent du coffre de preuves</numerusform>
            <numerusform>avertissement : %n fichiers de preuve auxquels cette sauvegarde fait référence sont absents du coffre de preuves</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no good backup to restore</source>
        <translation>il n&apos;y a aucune sauvegarde valide à restaurer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup named {name}</source>
        <translation>aucune sauvegarde nommée {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be restored: {problem}</source>
        <translation>ne peut pas être restaurée : {problem}</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../aliassist/services/sample.py" line="+93"/>
        <source>this is already the sample database</source>
        <extracomment>The sample database&apos;s file, in the user data folder: never the buyer&apos;s own database.</extracomment>
        <translation>c&apos;est déjà la base de données d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/save_conflict.py" line="+44"/>
        <source>Order number</source>
        <extracomment>how each field of an order is named in the table (the editor&apos;s words)</extracomment>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Lien de la boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection (days)</source>
        <translation>Protection de l&apos;acheteur (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends on</source>
        <translation>Fin de la Protection de l&apos;acheteur le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Prolongations accordées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Statut du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status updated</source>
        <translation>Statut du suivi mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Lien de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Statut sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds and claims</source>
        <translation>Remboursements et réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates given without a time</source>
        <translation>Dates sans heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date estimated</source>
        <translation>Date de réception estimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date estimated</source>
        <translation>Date de livraison estimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {number} was changed meanwhile</source>
        <extracomment>the longest text shown in a cell (the rest is in its tooltip)</extracomment>
        <translation>La commande {number} a été modifiée entre-temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Someone else saved order {number} while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quelqu&apos;un d&apos;autre a enregistré la commande {number} pendant que vous la modifiiez.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your values and theirs</source>
        <translation>Vos valeurs et les leurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}’s (saved)</source>
        <translation>De {who} (enregistré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved)</source>
        <translation>Les leurs (enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (not saved)</source>
        <translation>Les vôtres (non enregistré)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Keep theirs&lt;/b&gt;: drop your changes and show the order as it is saved now.&lt;br&gt;&lt;b&gt;Save mine over theirs&lt;/b&gt;: store your version; their values of the fields above are replaced.&lt;br&gt;&lt;b&gt;Edit again&lt;/b&gt;: reopen the editor with your values, to take over what you want of theirs; nothing you typed is lost.</source>
        <translation>&lt;b&gt;Garder les leurs&lt;/b&gt;&#xa0;: abandonner vos modifications et afficher la commande telle qu&apos;elle est enregistrée maintenant.&lt;br&gt;&lt;b&gt;Enregistrer les miennes&lt;/b&gt;&#xa0;: enregistrer votre version&#xa0;; leurs valeurs des champs ci-dessus sont remplacées.&lt;br&gt;&lt;b&gt;Modifier à nouveau&lt;/b&gt;&#xa0;: rouvrir l&apos;éditeur avec vos valeurs, pour reprendre ce que vous voulez des leurs&#xa0;; rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep theirs</source>
        <translation>Garder les leurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mine over theirs</source>
        <translation>Enregistrer les miennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit again</source>
        <translation>Modifier à nouveau</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{who} saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>{who} l&apos;a enregistrée le {time} (version {version})&#xa0;; vous avez ouvert la version {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved it (version {version}); you opened version {expected}.</source>
        <translation>{who} l&apos;a enregistrée (version {version})&#xa0;; vous avez ouvert la version {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a enregistrée le {time} (version {version})&#xa0;; vous avez ouvert la version {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it (version {version}); you opened version {expected}.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a enregistrée (version {version})&#xa0;; vous avez ouvert la version {expected}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Yours and theirs differ in %n field(s):</source>
        <translation>
            <numerusform>Votre version et la leur diffèrent sur %n champ&#xa0;:</numerusform>
            <numerusform>Votre version et la leur diffèrent sur %n champs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and theirs hold the same values.</source>
        <translation>Votre version et la leur contiennent les mêmes valeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{saved} Your changes are not saved yet. {differ}</source>
        <translation>{saved} Vos modifications ne sont pas encore enregistrées. {differ}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} saved this order on {time} while you were editing it (version {version})</source>
        <translation>{who} a enregistré cette commande le {time} pendant que vous la modifiiez (version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this order while you were editing it (version {version})</source>
        <translation>{who} a enregistré cette commande pendant que vous la modifiiez (version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order on {time} while you were editing it (version {version})</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette commande le {time} pendant que vous la modifiiez (version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order while you were editing it (version {version})</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette commande pendant que vous la modifiiez (version {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are your values, not saved yet. {saved}; theirs differs from yours in: {fields}. Save stores what this editor shows.</source>
        <translation>Ce sont vos valeurs, pas encore enregistrées. {saved}&#xa0;; la leur diffère de la vôtre sur&#xa0;: {fields}. Enregistrer stocke ce qu&apos;affiche cet éditeur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} (details differ)</source>
        <translation>{value} (détails différents)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no items</source>
        <translation>aucun article</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, id {platform_id}</source>
        <translation>, identifiant {platform_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no disputes</source>
        <translation>aucun litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payments</source>
        <translation>aucun paiement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no extensions</source>
        <translation>aucune prolongation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes ({how})</source>
        <translation>oui ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: given</source>
        <translation>non&#xa0;: fournie</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../aliassist/services/imported_settings.py" line="+105"/>
        <source>expected the path of a policy file</source>
        <extracomment>remembered column mappings kept from one file at most (one per header ever mapped) the longest header signature or column name a remembered mapping may hold key -&gt; check returning what is wrong with a value (None when it is fine)</extracomment>
        <translation>chemin d&apos;un fichier de politique attendu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/settings_dialog.py" line="+33"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform rules</source>
        <translation>Règles de la plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another policy file…</source>
        <translation>Utiliser un autre fichier de règles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in rules</source>
        <translation>Utiliser les règles intégrées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AliAssist applies the platform&apos;s rules from a policy file. When the platform changes its terms, load an edited copy.</source>
        <translation>AliAssist applique les règles de la plateforme à partir d&apos;un fichier de règles. Quand la plateforme modifie ses conditions, chargez-en une copie modifiée.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>built-in</source>
        <translation>intégrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: &lt;b&gt;{platform} rules {version}&lt;/b&gt; ({where})</source>
        <translation>Utilisées&#xa0;: &lt;b&gt;règles {platform} {version}&lt;/b&gt; ({where})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a policy file</source>
        <translation>Choisir un fichier de règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy files (*.toml)</source>
        <translation>Fichiers de règles (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This policy file cannot be used</source>
        <translation>Ce fichier de règles est inutilisable</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This name cannot be kept</source>
        <translation>Ce nom ne peut pas être conservé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This team database cannot be kept</source>
        <translation>Cette base d&apos;équipe ne peut pas être conservée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings cannot be used</source>
        <translation>Ces paramètres sont inutilisables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database from the next start</source>
        <translation>Base de données dès le prochain démarrage</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <location filename="../../aliassist/gui/desktop/show_in_folder.py" line="+29"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the exported file in its folder</source>
        <translation>Afficher le fichier exporté dans son dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open {parent} in the file manager</source>
        <translation>Ouvrir {parent} dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../aliassist/gui/theme.py" line="+16"/>
        <source>Last days to dispute</source>
        <translation>Derniers jours pour un litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has completed; a dispute can still be opened until the dispute deadline.</source>
        <translation>La commande est terminée ; un litige peut encore être ouvert jusqu&apos;à la date limite de litige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Protection bientôt terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends in the next few days (as many as your earliest reminder, 14 unless changed in Settings). Ask the seller to extend it, or open a dispute if something is wrong.</source>
        <translation>La Protection de l&apos;acheteur se termine dans les prochains jours (autant que votre rappel le plus précoce, 14 sauf modification dans les Paramètres). Demandez au vendeur de la prolonger, ou ouvrez un litige en cas de problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dispute is open: watch its clocks.</source>
        <translation>Un litige est ouvert : surveillez ses délais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>En attente d&apos;expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped yet; protection runs from the order date.</source>
        <translation>Pas encore expédiée ; la protection court à partir de la date de commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection is running.</source>
        <translation>La Protection de l&apos;acheteur est active.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute window has closed.</source>
        <translation>Le délai pour ouvrir un litige est écoulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled: a dispute was decided or the order was refunded.</source>
        <translation>Réglé : un litige a été tranché ou la commande a été remboursée.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-449"/>
        <source> (no longer matters)</source>
        <extracomment>the order&apos;s state, whose colour the running clocks&apos; bars take</extracomment>
        <translation> (n&apos;a plus d&apos;importance)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the order&apos;s clocks</source>
        <translation>Chronologie des délais de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today {date}.
{summary}</source>
        <translation>Aujourd&apos;hui {date}.
{summary}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>today {date}</source>
        <translation>aujourd&apos;hui {date}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../aliassist/gui/desktop/tray.py" line="+43"/>
        <source>1 hour</source>
        <extracomment>the tray badge colour of each state that needs the buyer (the calm ones get none) how long notifications can be paused (labels translated where shown: &quot;TrayController&quot;)</extracomment>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pause notifications for…</source>
        <translation>Suspendre les notifications pendant…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume notifications</source>
        <translation>Reprendre les notifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {app}</source>
        <translation>Ouvrir {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next deadlines</source>
        <translation>Prochaines échéances</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No deadlines ahead</source>
        <translation>Aucune échéance à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking deadlines…</source>
        <translation>Vérification des échéances…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume notifications (paused until {time})</source>
        <translation>Reprendre les notifications (en pause jusqu&apos;à {time})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: {deadline}</source>
        <translation>Prochaine&#xa0;: {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications paused until {time}</source>
        <translation>Notifications en pause jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{app} keeps running</source>
        <translation>{app} reste actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} keeps running in the tray so it can warn you before a deadline passes. Click the tray icon to open the window again; choose Quit in its menu to stop.</source>
        <translation>{app} reste actif dans la zone de notification pour pouvoir vous avertir avant qu&apos;une échéance ne passe. Cliquez sur l&apos;icône de la zone de notification pour rouvrir la fenêtre&#xa0;; choisissez Quitter dans son menu pour l&apos;arrêter.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../aliassist/services/undo.py" line="+91"/>
        <source>order {number} has changed since</source>
        <translation>la commande {number} a été modifiée depuis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another order now has the number {value}</source>
        <translation>une autre commande porte maintenant le numéro {value}</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../aliassist/gui/undo.py" line="+62"/>
        <source>&amp;Undo</source>
        <extracomment>the orders an undo or redo changed (the window reloads and selects them), and what was done (&quot;Undone: Edit order 8187…&quot;) an undo or redo could not be done: what was wrong (nothing changed)</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot undo “{step}”: {error}</source>
        <extracomment>evidence files some recorded state refers to: kept in the vault until released</extracomment>
        <translation>Impossible d&apos;annuler «&#xa0;{step}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>Impossible de rétablir «&#xa0;{step}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: {step}</source>
        <translation>Annulé&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: {step}</source>
        <translation>Rétabli&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>YouGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/you_settings.py" line="+23"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name marks the changes you make (the order pane&apos;s History) and the orders assigned to you: Mine shows them, and their deadline notices come to you only.</source>
        <translation>Votre nom marque les modifications que vous faites (l&apos;Historique du volet de commande) et les commandes qui vous sont attribuées&#xa0;: Les miennes les affiche, et leurs alertes d&apos;échéance ne vont qu&apos;à vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The environment variable {variable} sets it now: &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>La variable d&apos;environnement {variable} le définit actuellement&#xa0;: &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the database role, &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Vide&#xa0;: le rôle de base de données, &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your changes are not named, and Mine is off.</source>
        <translation>Vide&#xa0;: vos modifications ne sont pas nommées, et Les miennes est désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the database role on a team database; on this computer&apos;s file, none.</source>
        <translation>Vide&#xa0;: le rôle de base de données sur une base d&apos;équipe&#xa0;; aucun sur le fichier de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../aliassist/cli/help_text.py" line="+29"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words the app&apos;s command line can print (argparse looks them up with gettext; `use_argparse_words` sends the lookup here, context &quot;argparse&quot;)</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analyseur inconnu %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aliassist/cli/__init__.py" line="+51"/>
        <source>warning: {warning}</source>
        <extracomment>The years `--now` may pin the clock to: deadlines a few years past it must still be dates.</extracomment>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the window is started by `aliassist` itself; name a command here</source>
        <translation>la fenêtre est lancée par `aliassist` lui-même&#xa0;; indiquez une commande ici</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1 is missing: messages stay in English (run `make translations-build`)</source>
        <translation>avertissement&#xa0;: %1 est absent&#xa0;: les messages restent en anglais (lancez `make translations-build`)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/data.py" line="+38"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{created} créées, {updated} mises à jour, {unchanged} inchangées</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>wrote %n order(s) to {file}</source>
        <translation>
            <numerusform>%n commande écrite dans {file}</numerusform>
            <numerusform>%n commandes écrites dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/disputes.py" line="+62"/>
        <location filename="../../aliassist/cli/help_strings.py" line="+81"/>
        <source>the language to write the description in: en (the default: sellers read it best), ru, es, pt_BR, fr, de or pl</source>
        <extracomment>A message or description file larger than this is not a message.</extracomment>
        <translation>la langue de rédaction de la description&#xa0;: en (par défaut&#xa0;: les vendeurs la lisent le mieux), ru, es, pt_BR, fr, de ou pl</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>is a folder, not a text file</source>
        <translation>est un dossier, pas un fichier texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large for a message (more than {size} bytes)</source>
        <translation>trop volumineux pour un message (plus de {size} octets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT READY</source>
        <translation>PAS PRÊT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking} blocking, {warnings}</source>
        <translation>{blocking} bloquants, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {reason} · {verdict} ({counts})</source>
        <translation>Commande {number} · {reason} · {verdict} ({counts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (litige {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/orders.py" line="+144"/>
        <source>CLOCK</source>
        <translation>DÉLAI</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../aliassist/cli/orders.py" line="-56"/>
        <location line="+55"/>
        <source>DAYS LEFT</source>
        <translation>JOURS RESTANTS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about: {subject}</source>
        <translation>concerne&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instead: {fix}</source>
        <translation>à la place&#xa0;: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source: {source}</source>
        <translation>source&#xa0;: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLOCK</source>
        <extracomment>what a finding&apos;s severity is called in the text output</extracomment>
        <translation>BLOQUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>AVERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message: NOT OK</source>
        <translation>Message&#xa0;: PAS OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: OK with warnings</source>
        <translation>Message&#xa0;: OK avec avertissements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message: OK, nothing found</source>
        <translation>Message&#xa0;: OK, rien trouvé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order {number} has no disputes</source>
        <translation>la commande {number} n&apos;a aucun litige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, item {item}</source>
        <translation>, article {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute {number}{platform_id}: {reason}{item} · {status}</source>
        <translation>Litige {number}{platform_id}&#xa0;: {reason}{item} · {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {deadline} (running)</source>
        <translation>{clock}&#xa0;: {deadline} (en cours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{clock}: {deadline} (stopped)</source>
        <translation>{clock}&#xa0;: {deadline} (arrêté)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your words were shortened to fit the form&apos;s {limit} characters; shorten them yourself to choose what stays</source>
        <translation>votre texte a été raccourci aux {limit} caractères du formulaire&#xa0;; raccourcissez-le vous-même pour choisir ce qui reste</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>removed the step {step} of {at}</source>
        <translation>étape {step} du {at} retirée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order {number}, dispute {dispute}: {status} ({at})</source>
        <translation>Commande {number}, litige {dispute}&#xa0;: {status} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {kind} of {amount} recorded</source>
        <translation>; {kind} de {amount} enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next steps: {commands}</source>
        <translation>Étapes suivantes&#xa0;: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refund</source>
        <extracomment>how the text output names a kind of payment</extracomment>
        <translation>remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial refund</source>
        <translation>remboursement partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chargeback</source>
        <translation>rétrofacturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider claim</source>
        <translation>réclamation au prestataire</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order {number}: {kind} of {amount} recorded ({at})</source>
        <translation>Commande {number}&#xa0;: {kind} de {amount} enregistré ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}: {kind} recorded ({at})</source>
        <translation>Commande {number}&#xa0;: {kind} enregistré ({at})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/evidence.py" line="+83"/>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>preuves requises manquantes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ITEM</source>
        <translation>ÉLÉMENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEED</source>
        <translation>BESOIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>already attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>déjà joint&#xa0;: {name} comme preuve {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>joint&#xa0;: {name} comme preuve {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the same file as evidence {index}, now counted for this item too</source>
        <translation>; le même fichier que la preuve {index}, désormais compté aussi pour cet élément</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: {name}: {title}. {message}</source>
        <translation>avertissement&#xa0;: {name}&#xa0;: {title}. {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: {name} holds the GPS position where it was taken; packets leave it out of their copy (packet --keep-location keeps it); the vault keeps the file as it is</source>
        <translation>avertissement&#xa0;: {name} contient la position GPS de la prise de vue&#xa0;; les dossiers l&apos;omettent dans leur copie (packet --keep-location la conserve)&#xa0;; le coffre garde le fichier tel quel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no evidence yet: `aliassist attach {number} FILE --kind own_photo`</source>
        <translation>la commande {number} n&apos;a pas encore de preuves&#xa0;: `aliassist attach {number} FILE --kind own_photo`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MISSING from the vault</source>
        <translation>ABSENT du coffre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>NATURE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKLIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE</source>
        <translation>LITIGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/cli/safety.py" line="+100"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAKEN</source>
        <translation>PRIS LE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARNINGS</source>
        <translation>AVERTISSEMENTS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{index} {name}: missing. The vault no longer holds this file: attach it again, or detach it.</source>
        <translation>{index} {name}&#xa0;: manquant. Le coffre ne contient plus ce fichier&#xa0;: joignez-le à nouveau ou détachez-le.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stored copy deleted</source>
        <translation>copie stockée supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: a backup lists it</source>
        <translation>copie stockée conservée&#xa0;: une sauvegarde la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: other evidence uses it</source>
        <translation>copie stockée conservée&#xa0;: d&apos;autres preuves l&apos;utilisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {name} ({fate})</source>
        <translation>{name} retiré ({fate})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/help_strings.py" line="-69"/>
        <source>AliAssist: Buyer Protection deadlines, dispute pre-checks, evidence and dispute packets for AliExpress orders. Without a command, opens the window.</source>
        <translation>AliAssist&#xa0;: délais de Protection de l&apos;acheteur, pré-vérification des litiges, preuves et dossiers de litige pour les commandes AliExpress. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window offscreen on a temporary database with sample orders and exit 0 if it shows them (for packagers)</source>
        <translation>ouvrir la fenêtre hors écran sur une base temporaire avec des commandes d&apos;exemple et quitter avec 0 si elle les affiche (pour les empaqueteurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SQLite database file (default: in your user data folder; or set ALIASSIST_DB)</source>
        <translation>le fichier de base de données SQLite (par défaut&#xa0;: dans votre dossier de données utilisateur&#xa0;; ou définissez ALIASSIST_DB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team database (postgresql+psycopg://name@host/db; the password from ~/.pgpass) or any SQLAlchemy URL instead of --db; or set ALIASSIST_DATABASE_URL</source>
        <translation>une base d&apos;équipe (postgresql+psycopg://name@host/db&#xa0;; le mot de passe provient de ~/.pgpass) ou toute URL SQLAlchemy au lieu de --db&#xa0;; ou définissez ALIASSIST_DATABASE_URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy of the platform policy file</source>
        <translation>une copie modifiée du fichier de règles de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin the clock for every command (2026-03-05 or 2026-03-05T14:00:00Z)</source>
        <translation>figer l&apos;horloge pour chaque commande (2026-03-05 ou 2026-03-05T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages, tables and the window: en, ru, es, pt_BR, fr, de, pl (default: ALIASSIST_LANG, else the choice in Settings, else the system&apos;s; JSON never changes)</source>
        <translation>la langue des messages, des tableaux et de la fenêtre : en, ru, es, pt_BR, fr, de, pl (par défaut : ALIASSIST_LANG, sinon le choix des Paramètres, sinon celle du système ; le JSON ne change jamais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list orders with their clocks</source>
        <translation>lister les commandes avec leurs délais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign an order to a person</source>
        <translation>attribuer une commande à une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadlines coming up</source>
        <translation>échéances à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a JSON data file</source>
        <translation>importer un fichier de données JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export everything to a JSON data file</source>
        <translation>tout exporter dans un fichier de données JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-check a dispute before you file it</source>
        <translation>pré-vérifier un litige avant de le déposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a message to the seller or a review</source>
        <translation>vérifier un message au vendeur ou un avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute&apos;s steps; list and draft disputes</source>
        <translation>enregistrer les étapes d&apos;un litige&#xa0;; lister et rédiger des litiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence checklist of a dispute reason</source>
        <translation>la liste de preuves d&apos;un motif de litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy evidence files into the vault for an order</source>
        <translation>copier des fichiers de preuve dans le coffre pour une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list an order&apos;s evidence with the checks&apos; warnings</source>
        <translation>lister les preuves d&apos;une commande avec les avertissements des vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove evidence from an order</source>
        <translation>retirer des preuves d&apos;une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the deadline warnings due now</source>
        <translation>afficher les alertes d&apos;échéance dues maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the deadlines as an .ics calendar</source>
        <translation>exporter les échéances dans un calendrier .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a dispute packet (ZIP)</source>
        <translation>exporter un dossier de litige (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a packet against its manifest</source>
        <translation>vérifier un dossier d&apos;après son manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a backup of the database now</source>
        <translation>sauvegarder la base de données maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the backups of the database</source>
        <translation>lister les sauvegardes de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the data with a backup</source>
        <translation>remplacer les données par une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database and the evidence files</source>
        <translation>vérifier la base de données et les fichiers de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all your data (needs --yes)</source>
        <translation>supprimer toutes vos données (nécessite --yes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from an exporter file</source>
        <translation>importer des commandes depuis le fichier d&apos;un outil d&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read order dates from the platform&apos;s e-mails</source>
        <translation>lire les dates de commande dans les e-mails de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the database and its evidence to another database</source>
        <translation>copier la base de données et ses preuves vers une autre base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every stored order with its protection end, dispute deadline, days left and state.</source>
        <translation>Lister toutes les commandes enregistrées avec leur fin de protection, leur délai de litige, les jours restants et leur état.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON (every stored field)</source>
        <translation>afficher du JSON (tous les champs enregistrés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the orders assigned to you (ALIASSIST_NAME, or your database role on a team database)</source>
        <translation>uniquement les commandes qui vous sont attribuées (ALIASSIST_NAME, ou votre rôle de base de données sur une base d&apos;équipe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the order to NAME (&quot;me&quot;: yourself, that is ALIASSIST_NAME or your database role on a team database); without NAME, to nobody. Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Attribuer la commande à NAME (&quot;me&quot;&#xa0;: vous-même, c&apos;est-à-dire ALIASSIST_NAME ou votre rôle de base de données sur une base d&apos;équipe)&#xa0;; sans NAME, à personne. Les alertes d&apos;échéance d&apos;une commande attribuée ne vont qu&apos;à cette personne&#xa0;; une commande attribuée à personne avertit tout le monde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation>le numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who looks after the order (&quot;me&quot; for yourself); leave out to unassign</source>
        <translation>qui s&apos;occupe de la commande (&quot;me&quot; pour vous-même)&#xa0;; omettre pour retirer l&apos;attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clocks not yet passed that fall within the window, earliest first: of the orders assigned to you or to nobody (every order while your name is not known).</source>
        <translation>Délais pas encore écoulés compris dans la fenêtre, les plus proches d&apos;abord : des commandes attribuées à vous ou à personne (toutes les commandes tant que votre nom n&apos;est pas connu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days ahead to look (default 14)</source>
        <translation>combien de jours à l&apos;avance regarder (par défaut 14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people</source>
        <translation>aussi les commandes attribuées à d&apos;autres personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from an AliAssist data file (format aliassist-data, version 1). Same platform and order number update, never duplicate; the whole file goes in as one transaction, or nothing does.</source>
        <translation>Importer des commandes depuis un fichier de données AliAssist (format aliassist-data, version 1). Même plateforme et même numéro de commande&#xa0;: mise à jour, jamais de doublon&#xa0;; tout le fichier entre en une seule transaction, ou rien n&apos;entre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the report as JSON</source>
        <translation>afficher le rapport en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every order to a data file, and the evidence files into a folder beside it (FILE-evidence/).</source>
        <translation>Écrire toutes les commandes dans un fichier de données, et les fichiers de preuve dans un dossier à côté (FILE-evidence/).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a planned dispute against the platform&apos;s forbidden abuses and the message rules. Exit 0 when nothing blocks it, 1 when something does, 2 for bad input.</source>
        <translation>Vérifier un litige prévu au regard des abus interdits par la plateforme et des règles de messagerie. Code de sortie 0 si rien ne le bloque, 1 si quelque chose le bloque, 2 en cas d&apos;entrée invalide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (not_received, not_as_described, ...)</source>
        <translation>le motif du litige (not_received, not_as_described, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item, counted from 0 (default: the whole order)</source>
        <translation>l&apos;article, compté à partir de 0 (par défaut&#xa0;: toute la commande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full_refund, partial_refund (with --amount) or return_and_refund</source>
        <translation>full_refund, partial_refund (avec --amount) ou return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partial refund you ask for, e.g. 5.00</source>
        <translation>le remboursement partiel demandé, p. ex. 5.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the text from a UTF-8 file (- for standard input)</source>
        <translation>lire le texte depuis un fichier UTF-8 (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the message checks (review threats, links, deals outside the platform, abusive language, reviews for something) on a text. Exit 0 when nothing blocks it, 1 when something does.</source>
        <translation>Exécuter les vérifications de message (menaces d&apos;avis, liens, arrangements hors plateforme, propos injurieux, avis en échange de quelque chose) sur un texte. Code de sortie 0 si rien ne le bloque, 1 si quelque chose le bloque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes are named by the order number and the dispute: its number in the order (dispute 1, 2, ...) or the platform&apos;s dispute id. The dispute may be left out when the order has one (or only one running).</source>
        <translation>Les litiges sont désignés par le numéro de commande et le litige&#xa0;: son numéro dans la commande (litige 1, 2, ...) ou l&apos;identifiant de litige de la plateforme. Le litige peut être omis quand la commande n&apos;en a qu&apos;un (ou un seul en cours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order&apos;s disputes, steps and clocks</source>
        <translation>les litiges, étapes et délais de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft the description to file from the order&apos;s facts</source>
        <translation>rédiger la description à déposer d&apos;après les faits de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute you filed on the platform</source>
        <translation>enregistrer un litige déposé sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the seller answered the dispute</source>
        <translation>enregistrer que le vendeur a répondu au litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you escalated the dispute to the platform</source>
        <translation>enregistrer que vous avez transmis le litige à la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform asked for the item back</source>
        <translation>enregistrer que la plateforme a demandé le retour de l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you shipped the item back</source>
        <translation>enregistrer que vous avez renvoyé l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the money came back (records the refund as a payment)</source>
        <translation>enregistrer que l&apos;argent a été remboursé (enregistre le remboursement comme paiement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform decided against you</source>
        <translation>enregistrer que la plateforme a tranché contre vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you cancelled the dispute</source>
        <translation>enregistrer que vous avez annulé le litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the dispute is over</source>
        <translation>enregistrer que le litige est terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back the last step recorded on a dispute (by mistake)</source>
        <translation>retirer la dernière étape enregistrée (par erreur) sur un litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a refund, chargeback or payment-provider claim</source>
        <translation>enregistrer un remboursement, une rétrofacturation ou une réclamation auprès du prestataire de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a dispute description from the order&apos;s facts (dates, item, tracking) and your own words (--text), within the form&apos;s length limit.</source>
        <translation>Rédiger une description de litige d&apos;après les faits de la commande (dates, article, suivi) et vos propres mots (--text), dans la limite de longueur du formulaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a dispute as opened. The pre-check runs first: when it blocks, nothing is recorded (exit 1) unless --force (the dispute is already filed).</source>
        <translation>Enregistrer un litige comme ouvert. La pré-vérification s&apos;exécute d&apos;abord&#xa0;: si elle bloque, rien n&apos;est enregistré (code 1) sauf avec --force (le litige est déjà déposé).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute id</source>
        <translation>l&apos;identifiant du litige sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was opened (default: now)</source>
        <translation>date d&apos;ouverture (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record it even when the pre-check blocks it</source>
        <translation>l&apos;enregistrer même si la pré-vérification le bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the seller answered the dispute.</source>
        <translation>Enregistrer que le vendeur a répondu au litige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number (from 1) or platform dispute id</source>
        <translation>numéro (à partir de 1) ou identifiant de litige sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it happened (default: now)</source>
        <translation>date de l&apos;événement (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with the step</source>
        <translation>une note conservée avec l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you escalated the dispute to the platform.</source>
        <translation>Enregistrer que vous avez transmis le litige à la plateforme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform asked for the item back.</source>
        <translation>Enregistrer que la plateforme a demandé le retour de l&apos;article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>le numéro de suivi du colis de retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you shipped the item back.</source>
        <translation>Enregistrer que vous avez renvoyé l&apos;article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the money came back (records the refund as a payment).</source>
        <translation>Enregistrer que l&apos;argent a été remboursé (enregistre le remboursement comme paiement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount refunded (default: everything paid, less refunds already received)</source>
        <translation>le montant remboursé (par défaut&#xa0;: tout ce qui a été payé, moins les remboursements déjà reçus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform decided against you.</source>
        <translation>Enregistrer que la plateforme a tranché contre vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you cancelled the dispute.</source>
        <translation>Enregistrer que vous avez annulé le litige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the dispute is over.</source>
        <translation>Enregistrer que le litige est terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last step recorded on a dispute: its status and dates become what the earlier steps made them, and the refund a `refunded` step recorded goes too.</source>
        <translation>Retirer la dernière étape enregistrée sur un litige&#xa0;: son statut et ses dates redeviennent ceux issus des étapes précédentes, et le remboursement enregistré par une étape `refunded` est aussi retiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record money that came back or was claimed outside a dispute step. A chargeback or provider claim blocks any later dispute on the order.</source>
        <translation>Enregistrer de l&apos;argent remboursé ou réclamé en dehors d&apos;une étape de litige. Une rétrofacturation ou une réclamation au prestataire bloque tout litige ultérieur sur la commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund, partial_refund, chargeback or provider_claim</source>
        <translation>refund, partial_refund, chargeback ou provider_claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal, your card issuer, ...</source>
        <translation>PayPal, l&apos;émetteur de votre carte, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute it belongs to, if any</source>
        <translation>le litige auquel il se rattache, le cas échéant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default: now)</source>
        <translation>date (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence to capture for a dispute reason, each item with whether the order&apos;s files fill it. Exit 1 while a required item is missing.</source>
        <translation>Les preuves à capturer pour un motif de litige, chaque élément indiquant si les fichiers de la commande le remplissent. Code de sortie 1 tant qu&apos;un élément requis manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (policy id, e.g. not_as_described); default: the reason of --dispute</source>
        <translation>le motif du litige (identifiant de règle, p. ex. not_as_described)&#xa0;; par défaut&#xa0;: le motif de --dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the files of the order&apos;s dispute N (from 1) too</source>
        <translation>compter aussi les fichiers du litige N de la commande (à partir de 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files into the evidence vault (stored once by SHA-256, never changed) and attach them to an order. Every file is checked first; if one is unfit, nothing is attached.</source>
        <translation>Copier des fichiers dans le coffre de preuves (stockés une seule fois par SHA-256, jamais modifiés) et les joindre à une commande. Chaque fichier est vérifié d&apos;abord&#xa0;; si l&apos;un ne convient pas, rien n&apos;est joint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files are: own_photo, own_video, listing_capture, tracking_capture, chat_capture or document</source>
        <translation>la nature des fichiers&#xa0;: own_photo, own_video, listing_capture, tracking_capture, chat_capture ou document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checklist item they fill</source>
        <translation>l&apos;élément de la liste qu&apos;ils remplissent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to the order&apos;s dispute N (from 1) rather than the whole order</source>
        <translation>joindre au litige N de la commande (à partir de 1) plutôt qu&apos;à toute la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with each file</source>
        <translation>une note conservée avec chaque fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was attached as JSON</source>
        <translation>afficher ce qui a été joint en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file attached to an order, with the warnings of the evidence checks (photo taken before delivery, looks like the seller&apos;s picture, unfit for upload).</source>
        <translation>Tous les fichiers joints à une commande, avec les avertissements des vérifications de preuves (photo prise avant la livraison, ressemble à l&apos;image du vendeur, inadaptée au téléversement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the order-level files and those of dispute N (from 1)</source>
        <translation>uniquement les fichiers au niveau de la commande et ceux du litige N (à partir de 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove files from an order&apos;s evidence. The stored copy is deleted only when no order refers to it any more.</source>
        <translation>Retirer des fichiers des preuves d&apos;une commande. La copie stockée n&apos;est supprimée que lorsqu&apos;aucune commande n&apos;y fait plus référence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an index as `evidence` lists it, a file name, or the start of a SHA-256</source>
        <translation>un index tel que listé par `evidence`, un nom de fichier ou le début d&apos;un SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the warnings due now (one catch-up summary when several are due) and log them as shown, so neither this command nor the window repeats them. For cron or Task Scheduler.</source>
        <translation>Afficher les alertes dues maintenant (un récapitulatif quand plusieurs sont dues) et les consigner comme affichées, pour que ni cette commande ni la fenêtre ne les répètent. Pour cron ou le Planificateur de tâches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check once and exit (required: the window&apos;s tray does the schedule)</source>
        <translation>vérifier une fois et quitter (obligatoire&#xa0;: la zone de notification de la fenêtre assure la planification)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what is due without logging it as shown</source>
        <translation>afficher ce qui est dû sans le consigner comme affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one calendar event per running clock (DTSTART in UTC) with an alarm at each warning threshold. Event UIDs stay the same across exports, so importing a newer file updates the events instead of duplicating them.</source>
        <translation>Écrire un événement de calendrier par délai en cours (DTSTART en UTC) avec une alarme à chaque seuil d&apos;alerte. Les UID des événements restent identiques d&apos;un export à l&apos;autre&#xa0;: importer un fichier plus récent met à jour les événements au lieu de les dupliquer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calendar file to write</source>
        <translation>le fichier de calendrier à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people (without it: the orders assigned to you or to nobody)</source>
        <translation>aussi les commandes attribuées à d&apos;autres personnes (sans cette option : les commandes attribuées à vous ou à personne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one ZIP with summary.pdf, message.txt (the description to paste), the evidence files named by checklist item, and manifest.json with the SHA-256 of every file. Refused (exit 1, nothing written) when the pre-check blocks the dispute, unless --force; the manifest then records the override.</source>
        <translation>Écrire un ZIP contenant summary.pdf, message.txt (la description à coller), les fichiers de preuve nommés d&apos;après l&apos;élément de la liste, et manifest.json avec le SHA-256 de chaque fichier. Refusé (code 1, rien n&apos;est écrit) quand la pré-vérification bloque le litige, sauf avec --force&#xa0;; le manifeste consigne alors ce passage outre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recorded dispute: its number (from 1) or the platform&apos;s id</source>
        <translation>un litige enregistré&#xa0;: son numéro (à partir de 1) ou l&apos;identifiant de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned dispute&apos;s reason</source>
        <translation>le motif d&apos;un litige prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the item, counted from 0</source>
        <translation>(prévu) l&apos;article, compté à partir de 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) full_refund, partial_refund (with --amount), return_and_refund</source>
        <translation>(prévu) full_refund, partial_refund (avec --amount), return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the partial refund asked</source>
        <translation>(prévu) le remboursement partiel demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the packet</source>
        <translation>où écrire le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it even though the pre-check blocks the dispute</source>
        <translation>l&apos;écrire même si la pré-vérification bloque le litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary&apos;s paper size (default: by your locale)</source>
        <translation>le format de papier du résumé (par défaut&#xa0;: selon vos paramètres régionaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the GPS position photos may hold (by default the packet&apos;s copies leave it out; the vault keeps the originals)</source>
        <translation>conserver la position GPS que les photos peuvent contenir (par défaut, les copies du dossier l&apos;omettent&#xa0;; le coffre garde les originaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was written as JSON</source>
        <translation>afficher ce qui a été écrit en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of every file in a dispute packet and report files that changed, are missing or were added. Exit 0 when all match, 1 otherwise.</source>
        <translation>Recalculer le SHA-256 de chaque fichier d&apos;un dossier de litige et signaler les fichiers modifiés, manquants ou ajoutés. Code de sortie 0 si tout correspond, 1 sinon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the database into its backups folder (beside it) now. Backups are also made at start (once a day) and before every upgrade; 7 daily and 4 weekly ones are kept.</source>
        <translation>Copier maintenant la base de données dans son dossier de sauvegardes (à côté). Des sauvegardes sont aussi créées au démarrage (une fois par jour) et avant chaque mise à niveau&#xa0;; 7 quotidiennes et 4 hebdomadaires sont conservées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the backup as JSON</source>
        <translation>afficher la sauvegarde en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database, newest first. Works even when the database itself is damaged.</source>
        <translation>Lister les sauvegardes de la base de données, les plus récentes d&apos;abord. Fonctionne même quand la base elle-même est endommagée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the list as JSON</source>
        <translation>afficher la liste en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database&apos;s content with a backup. The data it replaces is saved as a backup first, so a restore can be undone. A damaged database is moved aside, never overwritten.</source>
        <translation>Remplacer le contenu de la base de données par une sauvegarde. Les données remplacées sont d&apos;abord sauvegardées, pour qu&apos;une restauration puisse être annulée. Une base endommagée est mise de côté, jamais écrasée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name from `aliassist backups`, `latest` (the newest good one), or the path of a backup file</source>
        <translation>un nom issu de `aliassist backups`, `latest` (la plus récente saine) ou le chemin d&apos;un fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run SQLite&apos;s full integrity check and check every evidence file the orders refer to (present, and unchanged since it was stored). Exit 1 when something is wrong.</source>
        <translation>Exécuter la vérification d&apos;intégrité complète de SQLite et vérifier chaque fichier de preuve référencé par les commandes (présent, et inchangé depuis son stockage). Code de sortie 1 en cas de problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that evidence files exist without reading their content</source>
        <translation>vérifier que les fichiers de preuve existent sans lire leur contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the database, the evidence vault, the backups and any damaged copies. Files you exported (data files, dispute packets) are not touched. Without --yes, only shows what would be deleted. Make a portable copy first with `aliassist export-data FILE.json` if you may want it back.</source>
        <translation>Supprimer la base de données, le coffre de preuves, les sauvegardes et les copies endommagées. Les fichiers que vous avez exportés (fichiers de données, dossiers de litige) ne sont pas touchés. Sans --yes, affiche seulement ce qui serait supprimé. Faites d&apos;abord une copie portable avec `aliassist export-data FILE.json` si vous pourriez en avoir besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>really delete everything</source>
        <translation>vraiment tout supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was deleted as JSON</source>
        <translation>afficher ce qui a été supprimé en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from the CSV or XLSX of the AliExpress Order Exporter, the TSV of the AliExpress Bulk Order Exporter (also as a spreadsheet saved them: CSV, XLSX, ODS), or any CSV/TSV whose columns were mapped once (in the window, or with --map). The layout is recognised from the header. Good rows go in as one transaction; bad rows are reported with their line and skipped. Exit 0: every row imported; 1: some rows skipped; 2: nothing could be read, or the file&apos;s dates or currency need --dates or --currency.</source>
        <translation>Importer des commandes depuis le CSV ou le XLSX d&apos;AliExpress Order Exporter, le TSV d&apos;AliExpress Bulk Order Exporter (y compris enregistré par un tableur&#xa0;: CSV, XLSX, ODS), ou tout CSV/TSV dont les colonnes ont été associées une fois (dans la fenêtre, ou avec --map). La disposition est reconnue d&apos;après l&apos;en-tête. Les lignes valides entrent en une seule transaction&#xa0;; les lignes invalides sont signalées avec leur numéro et ignorées. Code 0&#xa0;: toutes les lignes importées&#xa0;; 1&#xa0;: certaines lignes ignorées&#xa0;; 2&#xa0;: rien n&apos;a pu être lu, ou les dates ou la devise du fichier nécessitent --dates ou --currency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would be imported, and write nothing</source>
        <translation>indiquer ce qui serait importé, sans rien écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</source>
        <translation>afficher {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the buyer account these orders belong to (an e-mail or a name)</source>
        <translation>le compte acheteur auquel appartiennent ces commandes (une adresse e-mail ou un nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of amounts written without one (the Bulk Order Exporter&apos;s); without it such a file stops with exit 2 and says so</source>
        <translation>la devise des montants écrits sans devise (ceux du Bulk Order Exporter)&#xa0;; sans elle, un tel fichier s&apos;arrête avec le code 2 et l&apos;indique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read a file of another layout: which column (its header, or #N counted from 1) fills each field; remembered for files with the same header. Fields: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</source>
        <translation>lire un fichier d&apos;une autre disposition&#xa0;: quelle colonne (son en-tête, ou #N compté à partir de 1) remplit chaque champ&#xa0;; mémorisé pour les fichiers ayant le même en-tête. Champs&#xa0;: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric dates are month/day/year, day/month/year or year-month-day; needed only when the file&apos;s dates read both ways (03/05/26) and none of them tells (exit 2 says so)</source>
        <translation>les dates numériques sont au format mois/jour/année, jour/mois/année ou année-mois-jour&#xa0;; nécessaire seulement quand les dates du fichier se lisent dans les deux sens (03/05/26) et qu&apos;aucune ne permet de trancher (le code 2 l&apos;indique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the platform&apos;s e-mails from mail files on this computer (.eml files and folders of them, mbox files such as Thunderbird&apos;s local folders or a Google Takeout .mbox, Maildir folders) and fill the shipped, delivered and receipt-confirmed dates the app left empty; orders known only from mail are added. A date you entered is never overwritten; the same mail read again changes nothing. Exit 0: all read; 1: some messages or files were skipped; 2: nothing could be read.</source>
        <translation>Lire les e-mails de la plateforme dans des fichiers d&apos;e-mails sur cet ordinateur (fichiers .eml et dossiers de tels fichiers, fichiers mbox comme les dossiers locaux de Thunderbird ou un .mbox de Google Takeout, dossiers Maildir) et remplir les dates d&apos;expédition, de livraison et de confirmation de réception laissées vides par l&apos;application&#xa0;; les commandes connues uniquement par e-mail sont ajoutées. Une date que vous avez saisie n&apos;est jamais écrasée&#xa0;; relire le même e-mail ne change rien. Code 0&#xa0;: tout lu&#xa0;; 1&#xa0;: certains messages ou fichiers ignorés&#xa0;; 2&#xa0;: rien n&apos;a pu être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would change, and write nothing</source>
        <translation>indiquer ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; or &quot;file&quot;, &quot;reason&quot;}]}</source>
        <translation>afficher {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; ou &quot;file&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every order, dispute, step, payment, setting and evidence file of the database (--db or --database-url) to the database URL names: a team database (postgresql+psycopg://...) or a SQLite file (sqlite:///path). Then check the copy: the rows of every table counted on both sides and every evidence file read back from the target with its SHA-256, printed at the end. The source is not changed. Exit 1 when the check finds a difference.</source>
        <translation>Copier chaque commande, litige, étape, paiement, paramètre et fichier de preuve de la base de données (--db ou --database-url) vers la base de données désignée par l&apos;URL : une base d&apos;équipe (postgresql+psycopg://...) ou un fichier SQLite (sqlite:///path). Puis vérifier la copie : les lignes de chaque table sont comptées des deux côtés et chaque fichier de preuve est relu depuis la destination avec son SHA-256, affiché à la fin. La source n&apos;est pas modifiée. Code de sortie 1 si la vérification trouve une différence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database to copy to: postgresql+psycopg://... or sqlite:///path</source>
        <translation>la base de données de destination : postgresql+psycopg://... ou sqlite:///path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target holds data: delete it first (without this, a target that is not empty is refused and nothing is changed)</source>
        <translation>la destination contient des données : les supprimer d&apos;abord (sans cette option, une destination non vide est refusée et rien n&apos;est modifié)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/imports.py" line="+68"/>
        <source>{item} is not FIELD=COLUMN</source>
        <translation>{item} n&apos;est pas de la forme FIELD=COLUMN</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>would import %n new order(s)</source>
        <translation>
            <numerusform>importerait %n nouvelle commande</numerusform>
            <numerusform>importerait %n nouvelles commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n new order(s)</source>
        <translation>
            <numerusform>%n nouvelle commande importée</numerusform>
            <numerusform>%n nouvelles commandes importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{layout}: {new}, {updated} updated, {unchanged} unchanged, {skipped}</source>
        <translation>{layout}&#xa0;: {new}, {updated} mises à jour, {unchanged} inchangées, {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/mail.py" line="+56"/>
        <source>dry run: nothing was written</source>
        <translation>simulation&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/mail.py" line="-11"/>
        <source>order {number} (new, from mail)</source>
        <translation>commande {number} (nouvelle, d&apos;après un e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {number}</source>
        <translation>commande {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped {what}: {reason}</source>
        <translation>{what} ignoré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/notify.py" line="+54"/>
        <source>nothing due</source>
        <translation>rien à échéance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as deadlines.ics</source>
        <translation>est un dossier&#xa0;; indiquez un nom de fichier, p. ex. deadlines.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {count} events to {file}</source>
        <translation>{count} événements écrits dans {file}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/orders.py" line="-75"/>
        <source>no order is assigned to you: `aliassist assign NUMBER me` assigns one</source>
        <extracomment>Marks a deadline that rests on an estimated date (the note under the table says so). The longest look-ahead `due --within` takes: a century of days covers every real clock.</extracomment>
        <translation>aucune commande ne vous est attribuée&#xa0;: `aliassist assign NUMBER me` en attribue une</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders yet: add them in the window, or `aliassist import-data FILE.json`</source>
        <translation>aucune commande pour l&apos;instant&#xa0;: ajoutez-les dans la fenêtre, ou `aliassist import-data FILE.json`</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <source>ORDER</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>STORE</source>
        <translation>BOUTIQUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACED</source>
        <translation>PASSÉE LE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROTECTION ENDS</source>
        <translation>FIN PROTECTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE BY</source>
        <translation>LITIGE AVANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSIGNEE</source>
        <translation>ATTRIBUÉE À</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mark}: the deadline rests on an estimate (a receipt date inferred from the order&apos;s status, or the usual 90-day protection): enter the real date in the window (Dates to confirm), or read it from the platform&apos;s e-mails (`aliassist import-mail`)</source>
        <translation>{mark}&#xa0;: l&apos;échéance repose sur une estimation (une date de réception déduite du statut de la commande, ou la protection habituelle de 90 jours)&#xa0;: saisissez la date réelle dans la fenêtre (Dates à confirmer), ou lisez-la dans les e-mails de la plateforme (`aliassist import-mail`)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} was already assigned to {who}</source>
        <translation>la commande {number} était déjà attribuée à {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who} (was {before})</source>
        <translation>commande {number} attribuée à {who} (auparavant {before})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who}</source>
        <translation>commande {number} attribuée à {who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of days from 0 to {most}, not {given}</source>
        <translation>doit être un nombre de jours de 0 à {most}, pas {given}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing due within {days} day</source>
        <translation>rien à échéance d&apos;ici {days} jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due within {days} days</source>
        <translation>rien à échéance d&apos;ici {days} jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/output.py" line="+91"/>
        <source>disputes are numbered from 1 (dispute 1, 2, ...)</source>
        <extracomment>characters JSON may carry raw that a terminal would act on (DEL, C1 controls, bidirectional controls): printed as \uXXXX escapes, which JSON reads back as the same text</extracomment>
        <translation>les litiges sont numérotés à partir de 1 (litige 1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/packet.py" line="+68"/>
        <source>these describe a planned dispute; a recorded dispute has its own</source>
        <translation>ceux-ci décrivent un litige prévu&#xa0;; un litige enregistré a les siens</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {file} ({files} and a manifest, {size} bytes)</source>
        <translation>{file} écrit ({files} et un manifeste, {size} octets)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+20"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>exported although the pre-check blocks this dispute: {rules} (recorded in the manifest)</source>
        <translation>exporté bien que la pré-vérification bloque ce litige&#xa0;: {rules} (consigné dans le manifeste)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK: all {files} match the manifest (order {order}, {reason}, made {made})</source>
        <translation>OK&#xa0;: les {files} correspondent tous au manifeste (commande {order}, {reason}, créé le {made})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <translation>EN TROP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TWICE</source>
        <translation>EN DOUBLE</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/safety.py" line="-24"/>
        <source>backup {name}: {description}</source>
        <translation>sauvegarde {name}&#xa0;: {description}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no backups yet of {database}</source>
        <translation>aucune sauvegarde de {database} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MADE</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORDERS</source>
        <translation>COMMANDES</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{orders}, {files}: {verdict}</source>
        <translation>{orders}, {files}&#xa0;: {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n fichier de preuve</numerusform>
            <numerusform>%n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all sound</source>
        <translation>tout est sain</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to delete: there is no data at {database}</source>
        <translation>rien à supprimer&#xa0;: il n&apos;y a aucune donnée dans {database}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would delete {what}</source>
        <translation>supprimerait {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was deleted; run again with --yes to delete all of it</source>
        <translation>rien n&apos;a été supprimé&#xa0;; relancez avec --yes pour tout supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted {what}</source>
        <translation>{what} supprimé</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/migrate.py" line="+43"/>
        <source>the data {target} held was deleted first (--replace)</source>
        <translation>les données que contenait {target} ont d&apos;abord été supprimées (--replace)</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message numerus="yes">
        <location filename="../../aliassist/domain/draft.py" line="+40"/>
        <source>%n photo(s) of the item</source>
        <extracomment>(context, text, disambiguation, n) -&gt; the text in the draft&apos;s language, ``%n`` replaced by `n` (n &gt;= 0): aliassist.i18n.translate&apos;s signature, for a translator of the draft&apos;s own language the context of the draft&apos;s templates How each evidence kind is counted (&quot;2 photos of the item&quot;), in the draft&apos;s language.</extracomment>
        <translation>
            <numerusform>%n photo de l&apos;article</numerusform>
            <numerusform>%n photos de l&apos;article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) of the item</source>
        <translation>
            <numerusform>%n vidéo de l&apos;article</numerusform>
            <numerusform>%n vidéos de l&apos;article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n capture(s) of the listing</source>
        <translation>
            <numerusform>%n capture de la fiche produit</numerusform>
            <numerusform>%n captures de la fiche produit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the tracking</source>
        <translation>
            <numerusform>%n capture du suivi</numerusform>
            <numerusform>%n captures du suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the chat with the seller</source>
        <translation>
            <numerusform>%n capture de la conversation avec le vendeur</numerusform>
            <numerusform>%n captures de la conversation avec le vendeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order {number}, placed on {date}.</source>
        <extracomment>Sentence priorities: lower stays longer when the draft must be cut to fit. the buyer&apos;s words had to be shortened to fit (the buyer should shorten them) facts left out to fit</extracomment>
        <translation>Commande {number}, passée le {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on {date}.</source>
        <translation>Expédiée le {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem: {reason}.</source>
        <translation>Problème&#xa0;: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>All %n item(s) of the order.</source>
        <translation>
            <numerusform>%n article, toute la commande.</numerusform>
            <numerusform>Les %n articles de la commande.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {number}</source>
        <translation>article {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}), quantity {quantity}.</source>
        <translation>Article&#xa0;: {item} ({sku}), quantité {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}).</source>
        <translation>Article&#xa0;: {item} ({sku}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}, quantity {quantity}.</source>
        <translation>Article&#xa0;: {item}, quantité {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}.</source>
        <translation>Article&#xa0;: {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number {number} ({carrier})</source>
        <translation>Numéro de suivi {number} ({carrier})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number {number}</source>
        <translation>Numéro de suivi {number}</translation>
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
        <translation>{tracking}&#xa0;: selon le suivi, le colis a été livré vers le {date}, mais il ne m&apos;a pas été remis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered on {date}, but the parcel was not handed to me.</source>
        <translation>{tracking}&#xa0;: selon le suivi, le colis a été livré le {date}, mais il ne m&apos;a pas été remis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered, but the parcel was not handed to me.</source>
        <translation>{tracking}&#xa0;: selon le suivi, le colis a été livré, mais il ne m&apos;a pas été remis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tracking}: the last tracking event on {date} is “{status}”.</source>
        <translation>{tracking}&#xa0;: le dernier événement de suivi, le {date}, est «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tracking}: the last tracking event is “{status}”.</source>
        <translation>{tracking}&#xa0;: le dernier événement de suivi est «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{list} and {last}</source>
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached: {list}.</source>
        <translation>Pièces jointes&#xa0;: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ask for a full refund.</source>
        <translation>Je demande un remboursement total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I ask for a partial refund.</source>
        <translation>Je demande un remboursement partiel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a partial refund of {amount}.</source>
        <translation>Je demande un remboursement partiel de {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a refund, and I am ready to return the item.</source>
        <translation>Je demande un remboursement et je peux renvoyer l&apos;article.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../aliassist/gui/dispute/drafts.py" line="+21"/>
        <source>Keep a draft?</source>
        <translation>Conserver le brouillon&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft is kept for this order until you file it or discard it; it comes back when you open this window again.</source>
        <translation>Un brouillon est conservé pour cette commande jusqu&apos;à ce que vous le déposiez ou le supprimiez&#xa0;; il revient quand vous rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep draft</source>
        <translation>&amp;Conserver le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your draft from {time} is back. Close the window and choose Discard to throw it away.</source>
        <translation>Votre brouillon du {time} est de retour. Fermez la fenêtre et choisissez Supprimer pour le jeter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your draft is back. Close the window and choose Discard to throw it away.</source>
        <translation>Votre brouillon est de retour. Fermez la fenêtre et choisissez Supprimer pour le jeter.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="-100"/>
        <source>blocks</source>
        <extracomment>how each severity reads in the list of rules (translated where shown: &quot;guide&quot;)</extracomment>
        <translation>bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warns</source>
        <translation>avertit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informs</source>
        <translation>informe</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s), informational</source>
        <translation>
            <numerusform>%n jour, pour information</numerusform>
            <numerusform>%n jours, pour information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Getting started with {app}</source>
        <translation>Premiers pas avec {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} keeps the Buyer Protection clocks of your {platform} orders, warns you before a deadline passes, checks a dispute before you file it, and keeps its evidence. It works offline: nothing leaves your computer.</source>
        <translation>{app} suit les délais de Protection de l&apos;acheteur de vos commandes {platform}, vous avertit avant qu&apos;une échéance ne passe, vérifie un litige avant que vous le déposiez et conserve ses preuves. Il fonctionne hors ligne&#xa0;: rien ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to import your orders</source>
        <translation>Comment importer vos commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your orders with a browser extension that exports them: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) or &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); any other CSV or TSV works too: the app asks once which column holds what.</source>
        <translation>Enregistrez vos commandes avec une extension de navigateur qui les exporte&#xa0;: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) ou &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV)&#xa0;; tout autre CSV ou TSV fonctionne aussi&#xa0;: l&apos;application demande une fois quelle colonne contient quoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &lt;b&gt;File ▸ Import orders…&lt;/b&gt; (Ctrl+I), or drop the file on the window, or copy rows from a spreadsheet and press Ctrl+V.</source>
        <translation>Choisissez &lt;b&gt;Fichier ▸ Importer des commandes…&lt;/b&gt; (Ctrl+I), ou déposez le fichier sur la fenêtre, ou copiez des lignes d&apos;un tableur et appuyez sur Ctrl+V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the preview (skipped rows say why), then &lt;b&gt;Import&lt;/b&gt;. Importing the same file again changes nothing; a newer export updates the orders and keeps what you added.</source>
        <translation>Vérifiez l&apos;aperçu (les lignes ignorées indiquent pourquoi), puis &lt;b&gt;Importer&lt;/b&gt;. Réimporter le même fichier ne change rien&#xa0;; un export plus récent met à jour les commandes et conserve ce que vous avez ajouté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates in the platform&apos;s e-mails make the clocks exact: &lt;b&gt;File ▸ Import e-mails…&lt;/b&gt;. An order can also be added by hand from its order page: &lt;b&gt;File ▸ New order…&lt;/b&gt; (Ctrl+N).</source>
        <translation>Les dates des e-mails de la plateforme rendent les délais exacts&#xa0;: &lt;b&gt;Fichier ▸ Importer des e-mails…&lt;/b&gt;. Une commande peut aussi être ajoutée à la main depuis sa page de commande&#xa0;: &lt;b&gt;Fichier ▸ Nouvelle commande…&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the clocks mean</source>
        <translation>Ce que signifient les délais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order has a protection timer. A dispute can be opened while it runs and for a short time after the order completes; once a dispute is open, each step has its own clock. The table&apos;s &lt;b&gt;Days left&lt;/b&gt; counts down to the next one, the colours say how close it is, and the order pane shows them all on a timeline. A date given without a time counts from midnight in the platform&apos;s time zone, so a deadline shown is never later than the real one.</source>
        <translation>Chaque commande a un compte à rebours de protection. Un litige peut être ouvert tant qu&apos;il court et peu de temps après la finalisation de la commande&#xa0;; une fois un litige ouvert, chaque étape a son propre délai. La colonne &lt;b&gt;Jours restants&lt;/b&gt; décompte jusqu&apos;au prochain, les couleurs indiquent sa proximité, et le volet de commande les montre tous sur une frise. Une date sans heure compte à partir de minuit dans le fuseau horaire de la plateforme, si bien qu&apos;une échéance affichée n&apos;est jamais plus tardive que la réelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the pre-check works</source>
        <translation>Comment fonctionne la pré-vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s terms forbid some uses of a dispute; breaking them can get the account penalised. &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt; (Ctrl+D) checks what you plan as you type: a &lt;b&gt;blocking&lt;/b&gt; finding means the app will not call the dispute ready or export its packet; a &lt;b&gt;warning&lt;/b&gt; says what to do about it. Each finding names its rule and its source, and the phrases that raise it are underlined. The same checks read a message to the seller or a review (&lt;b&gt;Dispute ▸ Message to seller…&lt;/b&gt;). The rules checked:</source>
        <translation>Les conditions de la plateforme interdisent certains usages d&apos;un litige&#xa0;; les enfreindre peut valoir des sanctions au compte. &lt;b&gt;Litige ▸ Nouveau litige…&lt;/b&gt; (Ctrl+D) vérifie ce que vous prévoyez pendant la saisie&#xa0;: un constat &lt;b&gt;bloquant&lt;/b&gt; signifie que l&apos;application ne considérera pas le litige comme prêt et n&apos;exportera pas son dossier&#xa0;; un &lt;b&gt;avertissement&lt;/b&gt; indique quoi faire. Chaque constat nomme sa règle et sa source, et les expressions qui le déclenchent sont soulignées. Les mêmes vérifications s&apos;appliquent à un message au vendeur ou à un avis (&lt;b&gt;Litige ▸ Message au vendeur…&lt;/b&gt;). Les règles vérifiées&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checklist beside it lists the evidence the reason needs; drop your photos and captures on its items. When nothing blocks, export the dispute packet: a summary, the evidence and a manifest that proves nothing was changed.</source>
        <translation>La liste à côté énumère les preuves que le motif exige&#xa0;; déposez vos photos et captures sur ses éléments. Quand rien ne bloque, exportez le dossier de litige&#xa0;: un résumé, les preuves et un manifeste qui prouve que rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the rules come from</source>
        <translation>D&apos;où viennent les règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy {policy} {version}. The platform changes its terms without notice: where sources disagree, the app takes the earlier deadline and the stricter check. An edited copy of the policy can be chosen in Settings.</source>
        <translation>Règles {policy} {version}. La plateforme modifie ses conditions sans préavis&#xa0;: quand les sources divergent, l&apos;application retient l&apos;échéance la plus proche et la vérification la plus stricte. Une copie modifiée des règles peut être choisie dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="-363"/>
        <source>month/day/year (3/25/2026)</source>
        <extracomment>Currencies offered for amounts written without one. how a file writes dates: (value, label; translated where shown, context &quot;import_dialogs&quot;)</extracomment>
        <translation>mois/jour/année (3/25/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year (25/3/2026)</source>
        <translation>jour/mois/année (25/3/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (2026-03-25)</source>
        <translation>année-mois-jour (2026-03-25)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aliassist/gui/launch.py" line="+49"/>
        <source>warning: %1 is missing: some texts stay in English</source>
        <translation>avertissement&#xa0;: %1 est absent&#xa0;: certains textes restent en anglais</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{app} is already running on this database; its window was brought forward.</source>
        <translation>{app} est déjà lancé sur cette base de données&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} is already running</source>
        <translation>{app} est déjà lancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another {app} (process {holder_pid}) is using {database} but does not answer. Close it and start again.</source>
        <translation>Une autre instance d&apos;{app} (processus {holder_pid}) utilise {database} mais ne répond pas. Fermez-la et relancez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{app} cannot start</source>
        <translation>{app} ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{app}: backup restored</source>
        <translation>{app}&#xa0;: sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>mail_import</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-78"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Fichiers d&apos;e-mails (*.eml *.mbox *.mbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order placed</source>
        <translation>commande passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>réception confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-confirm reminder</source>
        <translation>rappel de confirmation automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute opened</source>
        <translation>litige ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute closed</source>
        <translation>litige clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the mail files or folders on this computer that hold the platform&apos;s e-mails: &lt;b&gt;Thunderbird&lt;/b&gt; keeps each local folder as a file (Inbox) in its profile&apos;s Mail or ImapMail folder; &lt;b&gt;Google Takeout&lt;/b&gt; gives a .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; exports a mailbox as .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution and most programs save messages as .eml files (drag them into a folder); &lt;b&gt;Maildir&lt;/b&gt; folders are read as they are. The files are only read, here: nothing leaves this computer.</source>
        <translation>Choisissez les fichiers ou dossiers d&apos;e-mails de cet ordinateur qui contiennent les e-mails de la plateforme&#xa0;: &lt;b&gt;Thunderbird&lt;/b&gt; conserve chaque dossier local sous forme de fichier (Inbox) dans le dossier Mail ou ImapMail de son profil&#xa0;; &lt;b&gt;Google Takeout&lt;/b&gt; fournit un .mbox&#xa0;; &lt;b&gt;Apple Mail&lt;/b&gt; exporte une boîte aux lettres en .mbox&#xa0;; &lt;b&gt;Outlook&lt;/b&gt;, Evolution et la plupart des programmes enregistrent les messages en fichiers .eml (faites-les glisser dans un dossier)&#xa0;; les dossiers &lt;b&gt;Maildir&lt;/b&gt; sont lus tels quels. Les fichiers sont seulement lus, ici&#xa0;: rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message numerus="yes">
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+34"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>dépassé depuis %n jour</numerusform>
            <numerusform>dépassé depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than a day left</source>
        <translation>moins d&apos;un jour restant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>order_pane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-144"/>
        <source>How are these dates worked out?</source>
        <translation>Comment ces dates sont-elles calculées&#xa0;?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{clock} (dispute {index})</source>
        <extracomment>the clock still matters in the order&apos;s state (drawn in colour; else grey)</extracomment>
        <translation>{clock} (litige {index})</translation>
    </message>
    <message>
        <location line="+123"/>
        <source> (an estimate: see below)</source>
        <translation> (estimation&#xa0;: voir ci-dessous)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed on {date}</source>
        <translation>dépassé le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left, until {date}</source>
        <translation>moins d&apos;un jour restant, jusqu&apos;au {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left, until {date}</source>
        <translation>
            <numerusform>%n jour restant, jusqu&apos;au {date}</numerusform>
            <numerusform>%n jours restants, jusqu&apos;au {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show how each deadline follows from the order&apos;s dates</source>
        <translation>Montrer comment chaque échéance découle des dates de la commande</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>environ %n jour</numerusform>
            <numerusform>environ %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the real date…</source>
        <translation>Saisir la date réelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the order page shows; the estimate is replaced</source>
        <translation>Saisissez la date affichée sur la page de commande&#xa0;; l&apos;estimation est remplacée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Statut du suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt confirmed</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, opened {date}</source>
        <translation>, ouvert le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Item: {title}</source>
        <translation>&lt;br&gt;Article&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Asks for {amount}</source>
        <translation>&lt;br&gt;Demande {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>moins d&apos;un jour restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next: {clock}&lt;/b&gt; by {date} ({when})</source>
        <translation>&lt;b&gt;Prochaine&#xa0;: {clock}&lt;/b&gt; avant le {date} ({when})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> via {provider}</source>
        <translation> via {provider}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened</source>
        <extracomment>how a recorded dispute step reads in the history (the others: STEPS&apos; labels)</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed despite the pre-check</source>
        <translation>Déposé malgré la pré-vérification</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source> by {who}</source>
        <translation> par {who}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> on {time}</source>
        <translation> le {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved{by}{on}</source>
        <translation>Dernier enregistrement{by}{on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute {index}</source>
        <translation>Litige {index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dispute} {step} on {date}{by}</source>
        <translation>{dispute} {step} le {date}{by}</translation>
    </message>
</context>
<context>
    <name>packet_export</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="-62"/>
        <source>No dispute recorded</source>
        <translation>Aucun litige enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} has no recorded dispute. Plan one with Dispute ▸ New dispute…; its packet can be exported from there.</source>
        <translation>La commande {number} n&apos;a aucun litige enregistré. Préparez-en un avec Litige ▸ Nouveau litige…&#xa0;; son dossier peut être exporté depuis cette fenêtre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export dispute packet</source>
        <translation>Exporter le dossier de litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which dispute&apos;s packet?</source>
        <translation>Dossier de quel litige&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pane_evidence</name>
    <message>
        <location filename="../../aliassist/gui/workspace/pane_evidence.py" line="+32"/>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>preuves requises manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reason}&lt;/b&gt; (dispute {index}): {done}</source>
        <translation>&lt;b&gt;{reason}&lt;/b&gt; (litige {index})&#xa0;: {done}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) kept in the evidence vault.</source>
        <translation>
            <numerusform>%n fichier conservé dans le coffre de preuves.</numerusform>
            <numerusform>%n fichiers conservés dans le coffre de preuves.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence attached yet.</source>
        <translation>Aucune preuve jointe pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the evidence checklist…</source>
        <translation>Ouvrir la liste de preuves…</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../aliassist/i18n_policy.py" line="+62"/>
        <source>it</source>
        <extracomment>the context every policy text is translated in section -&gt; the keys of each of its entries that people read (a section of arrays of tables, such as checklists, holds lists of entries) the generated module, beside this one</extracomment>
        <translation>cela</translation>
    </message>
    <message>
        <location filename="../../aliassist/policy_strings.py" line="+13"/>
        <source>Buyer Protection ends</source>
        <translation>Fin de la Protection de l&apos;acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protection timer on the order page. Open a dispute before it ends, or ask the seller to extend it.</source>
        <translation>Le compte à rebours de protection sur la page de la commande. Ouvrez un litige avant qu&apos;il n&apos;expire, ou demandez au vendeur de prolonger la protection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day to open a dispute</source>
        <translation>Dernier jour pour ouvrir un litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispute can be opened during protection and up to 15 days after the order completes (receipt confirmed, or protection ended).</source>
        <translation>Un litige peut être ouvert pendant la protection et jusqu&apos;à 15 jours après la finalisation de la commande (réception confirmée ou fin de la protection).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller must respond</source>
        <translation>Le vendeur doit répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the seller does not answer within 5 days, your proposal is carried out.</source>
        <translation>Si le vendeur ne répond pas sous 5 jours, votre proposition est appliquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the seller or escalate</source>
        <translation>Répondez au vendeur ou transmettez le litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller answered your dispute. Accept the proposal, reply with your evidence, or escalate to the platform before this; a dispute left unanswered can be closed.</source>
        <translation>Le vendeur a répondu à votre litige. Avant cette date, acceptez la proposition, répondez avec vos preuves ou transmettez le litige à la plateforme&#xa0;; un litige laissé sans réponse peut être clos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform steps in</source>
        <translation>La plateforme intervient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After escalation the platform reviews the case and steps in.</source>
        <translation>Une fois le litige transmis, la plateforme examine le dossier et intervient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship the return</source>
        <translation>Expédiez le retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return not shipped in time loses the refund.</source>
        <translation>Un retour non expédié à temps fait perdre le remboursement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the seller to extend protection</source>
        <translation>Demandez au vendeur de prolonger la protection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for an extension on the order page 5 to 7 days before protection ends; only the seller can grant it.</source>
        <translation>Demandez une prolongation sur la page de la commande 5 à 7 jours avant la fin de la protection&#xa0;; seul le vendeur peut l&apos;accorder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal claim window ends</source>
        <translation>Fin du délai de réclamation PayPal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: PayPal accepts disputes within 180 days of payment. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Hors plateforme&#xa0;: PayPal accepte les litiges dans les 180 jours suivant le paiement. En ouvrir un vous ferme la possibilité d&apos;un litige AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card chargeback window ends (about)</source>
        <translation>Fin du délai de rétrofacturation par carte (environ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: card chargebacks are usually possible for about 120 days from the transaction. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Hors plateforme&#xa0;: une rétrofacturation par carte est généralement possible pendant environ 120 jours après la transaction. En ouvrir une vous ferme la possibilité d&apos;un litige AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item not received</source>
        <translation>Article non reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tracking movement, the parcel is lost, or it was delivered to someone else.</source>
        <translation>Aucun mouvement dans le suivi, le colis est perdu ou a été livré à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the seller</source>
        <translation>Renvoyé au vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel going back to the seller.</source>
        <translation>Le suivi indique que le colis repart vers le vendeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held at customs</source>
        <translation>Retenu en douane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs is holding the parcel (duties, missing documents, prohibited goods).</source>
        <translation>La douane retient le colis (droits, documents manquants, marchandises interdites).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size, colour, material or function differ from the listing.</source>
        <translation>La taille, la couleur, la matière ou le fonctionnement diffèrent de la fiche produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor quality</source>
        <translation>Mauvaise qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects, bad workmanship, quality well below what the listing shows.</source>
        <translation>Défauts, mauvaise finition, qualité bien inférieure à ce que montre la fiche produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not work</source>
        <translation>Ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item does not work or stopped working on arrival.</source>
        <translation>L&apos;article ne fonctionne pas ou a cessé de fonctionner à l&apos;arrivée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item arrived broken or damaged.</source>
        <translation>L&apos;article est arrivé cassé ou endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You received a different item from the one you ordered.</source>
        <translation>Vous avez reçu un article différent de celui que vous avez commandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing parts or accessories</source>
        <translation>Pièces ou accessoires manquants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts or accessories the listing includes are missing.</source>
        <translation>Des pièces ou accessoires inclus selon la fiche produit sont manquants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer pieces than ordered</source>
        <translation>Moins d&apos;unités que commandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel holds fewer pieces than you paid for.</source>
        <translation>Le colis contient moins d&apos;unités que vous n&apos;en avez payé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty parcel</source>
        <translation>Colis vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel arrived empty.</source>
        <translation>Le colis est arrivé vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterfeit</source>
        <translation>Contrefaçon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fake brand goods. This is also an intellectual-property violation by the seller.</source>
        <translation>Faux produits de marque. Il s&apos;agit aussi d&apos;une atteinte à la propriété intellectuelle de la part du vendeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Remboursement intégral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return and refund</source>
        <translation>Retour et remboursement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the platform decides the item goes back, you must ship it back before the refund is paid.</source>
        <translation>Si la plateforme décide que l&apos;article doit être renvoyé, vous devez le réexpédier avant que le remboursement ne soit versé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My photo of what I received</source>
        <translation>Ma photo de ce que j&apos;ai reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My video</source>
        <translation>Ma vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the listing</source>
        <translation>Capture de la fiche produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the tracking</source>
        <translation>Capture du suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the chat with the seller</source>
        <translation>Capture de la discussion avec le vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (customs notice, carrier statement, report)</source>
        <translation>Document (avis de douane, attestation du transporteur, constat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds like revenge</source>
        <translation>Ressemble à une vengeance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text reads as revenge on the seller. Disputes opened to retaliate are forbidden; describe only what is wrong with the order, and leave out how you feel about the seller.</source>
        <translation>Le texte ressemble à une vengeance contre le vendeur. Les litiges ouverts par représailles sont interdits&#xa0;; décrivez uniquement ce qui ne va pas avec la commande et laissez de côté ce que vous pensez du vendeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: write only what is wrong with the order and what you ask for.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: écrivez uniquement ce qui ne va pas avec la commande et ce que vous demandez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concrete reason</source>
        <translation>Aucun motif concret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes without real reasons are forbidden. Choose a reason and describe concrete facts: what you ordered, what you received or what tracking shows, and when.</source>
        <translation>Les litiges sans motif réel sont interdits. Choisissez un motif et décrivez des faits concrets&#xa0;: ce que vous avez commandé, ce que vous avez reçu ou ce qu&apos;indique le suivi, et quand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt already confirmed</source>
        <translation>Réception déjà confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirmed receipt of this order, so claiming it was not received counts as a false claim. If something is wrong with what arrived, choose a received-item reason instead.</source>
        <translation>Vous avez confirmé la réception de cette commande&#xa0;: affirmer qu&apos;elle n&apos;a pas été reçue constitue une fausse déclaration. Si ce qui est arrivé pose problème, choisissez plutôt un motif concernant un article reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered</source>
        <translation>Le suivi indique «&#xa0;livré&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel as delivered. If it never reached you, get a written statement from the carrier or post office that it was not handed to you, and attach it.</source>
        <translation>Le suivi indique que le colis a été livré. S&apos;il ne vous est jamais parvenu, obtenez du transporteur ou du bureau de poste une attestation écrite indiquant qu&apos;il ne vous a pas été remis, et joignez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo or video of what you received</source>
        <translation>Aucune photo ni vidéo de ce que vous avez reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim about the item you received needs at least one of your own photos or videos of it. Photograph or film the item (and the difference from the listing), then attach it.</source>
        <translation>Une réclamation concernant l&apos;article reçu nécessite au moins une photo ou vidéo de l&apos;article prise par vous-même. Photographiez ou filmez l&apos;article (et la différence avec la fiche produit), puis joignez le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No capture of the listing</source>
        <translation>Aucune capture de la fiche produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show the item is not as described, attach a capture of the listing (title, photos, specifications) as it was when you ordered.</source>
        <translation>Pour montrer que l&apos;article n&apos;est pas conforme à la description, joignez une capture de la fiche produit (titre, photos, caractéristiques) telle qu&apos;elle était au moment de la commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence missing</source>
        <translation>Preuves manquantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required evidence for this reason is missing. Attach the items the checklist marks as required before you file.</source>
        <translation>Des preuves obligatoires pour ce motif sont manquantes. Joignez les éléments marqués comme obligatoires dans la liste avant de déposer le litige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already refunded</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full refund is recorded for this order. Opening a dispute after a refund is forbidden.</source>
        <translation>Un remboursement intégral est enregistré pour cette commande. Il est interdit d&apos;ouvrir un litige après un remboursement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargeback or payment claim already made</source>
        <translation>Rétrofacturation ou réclamation de paiement déjà effectuée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card chargeback or a payment-provider claim (PayPal or similar) is recorded for this order. A platform dispute on top of it is forbidden; follow the claim you opened instead.</source>
        <translation>Une rétrofacturation par carte ou une réclamation auprès d&apos;un prestataire de paiement (PayPal ou similaire) est enregistrée pour cette commande. Il est interdit d&apos;ouvrir en plus un litige sur la plateforme&#xa0;; poursuivez plutôt la réclamation que vous avez ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund already received</source>
        <translation>Remboursement partiel déjà reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund is recorded for this order. A new dispute must be about a different problem, and any refund asked must not count the amount already paid back.</source>
        <translation>Un remboursement partiel est enregistré pour cette commande. Un nouveau litige doit porter sur un autre problème, et le remboursement demandé ne doit pas inclure le montant déjà remboursé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demands beyond the listing</source>
        <translation>Exigences au-delà de la fiche produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute asks for goods, parts, services, discounts or coupons that were not part of the listing, or ties a review to a demand. That is treated as blackmail. Ask only for a refund or a return of what you paid for.</source>
        <translation>Le litige réclame des produits, pièces, services, réductions ou coupons qui ne faisaient pas partie de la fiche produit, ou subordonne un avis à une exigence. Cela est considéré comme du chantage. Demandez uniquement un remboursement ou le retour de ce que vous avez payé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask only for a refund or a return of what you paid for, and leave reviews and extras out of it.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: demandez uniquement un remboursement ou le retour de ce que vous avez payé, et laissez de côté les avis et les extras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund above what was paid</source>
        <translation>Remboursement supérieur au montant payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund asked is more than was paid for this order (less any refund already received). Ask for at most what you paid.</source>
        <translation>Le remboursement demandé dépasse le montant payé pour cette commande (moins tout remboursement déjà reçu). Demandez au maximum ce que vous avez payé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same dispute already exists</source>
        <translation>Le même litige existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dispute for this order and item with the same reason. Several disputes for the same reason are forbidden; continue the existing one.</source>
        <translation>Il existe déjà un litige pour cette commande et cet article avec le même motif. Plusieurs litiges pour le même motif sont interdits&#xa0;; poursuivez le litige existant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening a cancelled dispute</source>
        <translation>Réouverture d&apos;un litige annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled a dispute with the same reason on this order and no refund was paid. Reopen it only with new facts, and say what changed.</source>
        <translation>Vous avez annulé un litige ayant le même motif sur cette commande et aucun remboursement n&apos;a été versé. Ne le rouvrez qu&apos;avec des faits nouveaux, et indiquez ce qui a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late to open a dispute</source>
        <translation>Trop tard pour ouvrir un litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute window for this order has closed. A dispute can no longer be opened on the platform.</source>
        <translation>Le délai de litige pour cette commande est écoulé. Il n&apos;est plus possible d&apos;ouvrir un litige sur la plateforme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same item disputed from another account</source>
        <translation>Même article en litige depuis un autre compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same listing or store item is disputed from another of your accounts. Linked accounts are penalised together; dispute it from one account only.</source>
        <translation>La même fiche produit ou le même article de la boutique fait l&apos;objet d&apos;un litige depuis un autre de vos comptes. Les comptes liés sont sanctionnés ensemble&#xa0;; ouvrez le litige depuis un seul compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description too long</source>
        <translation>Description trop longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute form does not take a description this long. Keep to what is wrong, what you ordered and what you ask for, and leave out the rest.</source>
        <translation>Le formulaire de litige n&apos;accepte pas une description aussi longue. Tenez-vous-en à ce qui ne va pas, à ce que vous avez commandé et à ce que vous demandez, et supprimez le reste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatens a negative review</source>
        <translation>Menace d&apos;avis négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatening a negative review to get something is forbidden and can get your reviews removed and your account blocked. State the problem and the remedy you ask for, without the threat.</source>
        <translation>Menacer de laisser un avis négatif pour obtenir quelque chose est interdit et peut entraîner la suppression de vos avis et le blocage de votre compte. Exposez le problème et la solution que vous demandez, sans la menace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: describe the problem and the refund or return you ask for, without mentioning a review.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: décrivez le problème et le remboursement ou le retour que vous demandez, sans mentionner d&apos;avis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to another site</source>
        <translation>Lien vers un autre site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to sites other than the platform are not allowed in messages and reviews. Attach a capture instead of linking to it.</source>
        <translation>Les liens vers des sites autres que la plateforme ne sont pas autorisés dans les messages et les avis. Joignez une capture plutôt qu&apos;un lien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: attach a capture or the file itself instead of a link.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: joignez une capture ou le fichier lui-même plutôt qu&apos;un lien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal outside the platform</source>
        <translation>Transaction hors plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers to pay or trade outside the platform lose Buyer Protection and break the rules. Keep payment and refunds on the platform.</source>
        <translation>Proposer de payer ou d&apos;échanger en dehors de la plateforme fait perdre la Protection de l&apos;acheteur et enfreint les règles. Gardez les paiements et les remboursements sur la plateforme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for the refund or the answer here, on the platform, not by app, card or transfer.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: demandez le remboursement ou la réponse ici, sur la plateforme, et non par application, carte ou virement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language</source>
        <translation>Propos injurieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insults, profanity and threats break the communication rules and weaken your case. Keep to the facts.</source>
        <translation>Les insultes, les grossièretés et les menaces enfreignent les règles de communication et affaiblissent votre dossier. Tenez-vous-en aux faits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: say what is wrong in plain, calm words.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: dites ce qui ne va pas avec des mots simples et calmes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review in exchange for something</source>
        <translation>Avis en échange de quelque chose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for or offering a review in exchange for a refund, gift or anything else is review manipulation. Leave it out.</source>
        <translation>Demander ou proposer un avis en échange d&apos;un remboursement, d&apos;un cadeau ou de quoi que ce soit d&apos;autre est une manipulation des avis. N&apos;en parlez pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for what you want on its own, and keep your review to your honest opinion of the item.</source>
        <translation>Supprimez «&#xa0;{found}&#xa0;»&#xa0;: demandez ce que vous voulez séparément, et limitez votre avis à votre opinion sincère sur l&apos;article.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo taken before the item could arrive</source>
        <translation>Photo prise avant que l&apos;article ait pu arriver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This photo was taken before the item could have reached you (before it shipped, or before the order date). Use photos of what you received, taken after it arrived.</source>
        <translation>Cette photo a été prise avant que l&apos;article ait pu vous parvenir (avant son expédition ou avant la date de commande). Utilisez des photos de ce que vous avez reçu, prises après son arrivée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looks like the seller&apos;s picture</source>
        <translation>Ressemble à l&apos;image du vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like the seller&apos;s picture, not your photo of what you received. Mark it as a listing capture, or replace it with your own photo.</source>
        <translation>Cela ressemble à l&apos;image du vendeur, et non à votre photo de ce que vous avez reçu. Marquez-la comme capture de la fiche produit, ou remplacez-la par votre propre photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform will not take this file</source>
        <translation>La plateforme n&apos;acceptera pas ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is too large or in a format the dispute form does not accept (HEIC from phones, for one). The dispute packet converts it to a JPEG within the limit; attach the converted copy.</source>
        <translation>Ce fichier est trop volumineux ou dans un format que le formulaire de litige n&apos;accepte pas (par exemple HEIC des téléphones). Le dossier de litige le convertit en JPEG dans la limite autorisée&#xa0;; joignez la copie convertie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history</source>
        <translation>Historique de suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the whole tracking history from the order page or the carrier&apos;s site, with the last event and its date.</source>
        <translation>Faites une capture de tout l&apos;historique de suivi depuis la page de la commande ou le site du transporteur, avec le dernier événement et sa date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel never moved, was lost, or went elsewhere.</source>
        <translation>Montre que le colis n&apos;a jamais bougé, a été perdu ou est parti ailleurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier or post-office statement</source>
        <translation>Attestation du transporteur ou de la poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your post office or the carrier for a written statement that the parcel was not delivered to you.</source>
        <translation>Demandez à votre bureau de poste ou au transporteur une attestation écrite indiquant que le colis ne vous a pas été livré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered; only the carrier&apos;s statement outweighs it.</source>
        <translation>Le suivi indique «&#xa0;livré&#xa0;»&#xa0;; seule l&apos;attestation du transporteur peut l&apos;emporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat with the seller</source>
        <translation>Discussion avec le vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the missing parcel and their answers.</source>
        <translation>Faites une capture de vos messages au vendeur concernant le colis manquant, et de ses réponses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you tried to resolve it first.</source>
        <translation>Montre que vous avez d&apos;abord tenté de régler le problème.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history showing the return</source>
        <translation>Historique de suivi montrant le retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel going back to the seller.</source>
        <translation>Faites une capture des événements de suivi montrant que le colis repart vers le vendeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proves the parcel never reached you.</source>
        <translation>Prouve que le colis ne vous est jamais parvenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the return.</source>
        <translation>Faites une capture de vos messages au vendeur concernant le retour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official customs notice</source>
        <translation>Avis officiel de la douane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or photograph the official notice from customs (why it is held, what it asks for).</source>
        <translation>Scannez ou photographiez l&apos;avis officiel de la douane (motif de la retenue, pièces demandées).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform decides customs cases on the official notice.</source>
        <translation>La plateforme tranche les cas de douane sur la base de l&apos;avis officiel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel held at customs.</source>
        <translation>Faites une capture des événements de suivi montrant le colis retenu en douane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows where the parcel stopped and since when.</source>
        <translation>Montre où le colis s&apos;est arrêté et depuis quand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the customs hold.</source>
        <translation>Faites une capture de vos messages au vendeur concernant la retenue en douane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you asked the seller for the documents customs needs.</source>
        <translation>Montre que vous avez demandé au vendeur les documents exigés par la douane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the item</source>
        <translation>Vos photos de l&apos;article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of the item you received, in daylight, showing every difference from the listing.</source>
        <translation>Des photos nettes de l&apos;article reçu, à la lumière du jour, montrant chaque différence avec la fiche produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case rests on your own photos of what arrived.</source>
        <translation>Le dossier repose sur vos propres photos de ce qui est arrivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing as it was when you ordered: title, photos, size chart and specifications.</source>
        <translation>Faites une capture de la fiche produit telle qu&apos;elle était au moment de la commande&#xa0;: titre, photos, guide des tailles et caractéristiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what the seller promised.</source>
        <translation>Montre ce que le vendeur a promis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item beside a ruler, with its size label</source>
        <translation>Article à côté d&apos;une règle, avec son étiquette de taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay the item flat beside a ruler or tape measure, and photograph the size label.</source>
        <translation>Posez l&apos;article à plat à côté d&apos;une règle ou d&apos;un mètre ruban, et photographiez l&apos;étiquette de taille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a wrong size, measurements settle it.</source>
        <translation>Pour une erreur de taille, les mesures font foi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller listing the differences.</source>
        <translation>Faites une capture de vos messages au vendeur énumérant les différences.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close-ups of the defects</source>
        <translation>Gros plans des défauts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharp close-up photos of every defect, with the whole item in at least one.</source>
        <translation>Des photos nettes en gros plan de chaque défaut, avec l&apos;article entier sur au moins l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality claims are judged on the defects you show.</source>
        <translation>Les réclamations de qualité sont jugées sur les défauts que vous montrez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing photos and description of the quality promised.</source>
        <translation>Faites une capture des photos et de la description de la fiche produit qui promettent la qualité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the gap between promise and product.</source>
        <translation>Montre l&apos;écart entre la promesse et le produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video of the fault</source>
        <translation>Vidéo du dysfonctionnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Film the item being set up and used as the listing says, showing that it does not work (power, buttons, screen), in one continuous take.</source>
        <translation>Filmez l&apos;article en cours d&apos;installation et d&apos;utilisation comme l&apos;indique la fiche produit, en montrant qu&apos;il ne fonctionne pas (alimentation, boutons, écran), en une seule prise continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronics cases are decided on a video of the fault.</source>
        <translation>Les litiges sur l&apos;électronique sont tranchés sur une vidéo du dysfonctionnement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item, its model label and serial number.</source>
        <translation>Photos de l&apos;article, de son étiquette de modèle et de son numéro de série.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the unit you received.</source>
        <translation>Identifie l&apos;exemplaire que vous avez reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing&apos;s specifications and instructions.</source>
        <translation>Faites une capture des caractéristiques et des instructions de la fiche produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the function the seller promised.</source>
        <translation>Montre la fonction promise par le vendeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the damage</source>
        <translation>Photos des dommages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of every damaged part of the item.</source>
        <translation>Des photos nettes de chaque partie endommagée de l&apos;article.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived broken.</source>
        <translation>Montre ce qui est arrivé cassé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel with its label</source>
        <translation>Le colis avec son étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the outer packaging from all sides, with the shipping label readable, before you throw it away.</source>
        <translation>Photographiez l&apos;emballage extérieur sous toutes ses faces, avec l&apos;étiquette d&apos;expédition lisible, avant de le jeter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken packaging shows the damage happened in transit.</source>
        <translation>Un emballage abîmé montre que les dommages sont survenus pendant le transport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office damage report</source>
        <translation>Constat d&apos;avarie de la poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the parcel was visibly damaged, ask the post office for a damage report.</source>
        <translation>Si le colis était visiblement endommagé, demandez un constat d&apos;avarie au bureau de poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official report of transit damage.</source>
        <translation>Un constat officiel de dommages survenus pendant le transport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of what you received</source>
        <translation>Vos photos de ce que vous avez reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item you received, with any labels or model numbers.</source>
        <translation>Photos de l&apos;article reçu, avec ses étiquettes ou numéros de modèle éventuels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived instead.</source>
        <translation>Montre ce qui est arrivé à la place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of what you ordered</source>
        <translation>Capture de ce que vous avez commandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing and the option (colour, size, model) you chose.</source>
        <translation>Faites une capture de la fiche produit et de l&apos;option (couleur, taille, modèle) que vous avez choisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have arrived.</source>
        <translation>Montre ce qui aurait dû arriver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label</source>
        <translation>L&apos;étiquette du colis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label with your order&apos;s details.</source>
        <translation>Photographiez l&apos;étiquette d&apos;expédition portant les informations de votre commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties the item to this order.</source>
        <translation>Relie l&apos;article à cette commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that was in the parcel</source>
        <translation>Tout ce que contenait le colis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out everything that arrived and photograph it in one picture.</source>
        <translation>Disposez tout ce qui est arrivé et prenez-le en une seule photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows exactly what is missing.</source>
        <translation>Montre exactement ce qui manque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing&apos;s list of contents</source>
        <translation>Le contenu indiqué dans la fiche produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the part of the listing that says what is included.</source>
        <translation>Faites une capture de la partie de la fiche produit qui indique ce qui est inclus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have been in the parcel.</source>
        <translation>Montre ce que le colis aurait dû contenir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label with its weight</source>
        <translation>L&apos;étiquette du colis avec son poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label; the declared weight can show parts were never sent.</source>
        <translation>Photographiez l&apos;étiquette d&apos;expédition&#xa0;; le poids déclaré peut montrer que des pièces n&apos;ont jamais été envoyées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared weight against actual contents.</source>
        <translation>Poids déclaré comparé au contenu réel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All pieces, counted</source>
        <translation>Toutes les unités, comptées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out every piece you received so they can be counted in one photo.</source>
        <translation>Disposez toutes les unités reçues de façon à pouvoir les compter sur une seule photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many pieces arrived.</source>
        <translation>Montre combien d&apos;unités sont arrivées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity you ordered</source>
        <translation>La quantité commandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing or order page showing the quantity and pack size.</source>
        <translation>Faites une capture de la fiche produit ou de la page de la commande indiquant la quantité et le nombre d&apos;unités par lot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many you paid for.</source>
        <translation>Montre combien d&apos;unités vous avez payées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label and the declared weight.</source>
        <translation>Photographiez l&apos;étiquette d&apos;expédition et le poids déclaré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the parcel from all sides with its label readable, and the empty inside.</source>
        <translation>Photographiez le colis sous toutes ses faces avec l&apos;étiquette lisible, ainsi que son intérieur vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel arrived without the item.</source>
        <translation>Montre que le colis est arrivé sans l&apos;article.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unboxing video</source>
        <translation>Vidéo de déballage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have one, a continuous video of opening the parcel.</source>
        <translation>Si vous en avez une, une vidéo continue de l&apos;ouverture du colis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest proof the parcel was empty.</source>
        <translation>La preuve la plus solide que le colis était vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office report with the weight</source>
        <translation>Constat de la poste avec le poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the post office for a report with the parcel&apos;s weight on arrival.</source>
        <translation>Demandez au bureau de poste un constat indiquant le poids du colis à son arrivée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official record of an empty or underweight parcel.</source>
        <translation>Une trace officielle d&apos;un colis vide ou trop léger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the brand marks</source>
        <translation>Vos photos des marques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of logos, labels, tags, serial numbers and packaging of what you received.</source>
        <translation>Photos des logos, étiquettes, étiquettes volantes, numéros de série et de l&apos;emballage de ce que vous avez reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the marks that make it fake.</source>
        <translation>Montre les marques qui révèlent la contrefaçon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing showing the brand it claims.</source>
        <translation>Faites une capture de la fiche produit montrant la marque revendiquée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the seller sold it as the brand.</source>
        <translation>Montre que le vendeur l&apos;a vendu comme un produit de la marque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof it is not genuine</source>
        <translation>Preuve que ce n&apos;est pas authentique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement from the brand, or a comparison with a genuine item.</source>
        <translation>Une déclaration de la marque, ou une comparaison avec un article authentique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirms the item is counterfeit.</source>
        <translation>Confirme que l&apos;article est une contrefaçon.</translation>
    </message>
</context>
</TS>
