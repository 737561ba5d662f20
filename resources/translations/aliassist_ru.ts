<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/assign_dialog.py" line="+28"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several people</source>
        <translation>несколько человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign {what} to a person (now: {now}). Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Назначить {what} человеку (сейчас: {now}). Уведомления о сроках назначенного заказа получает только этот человек; если заказ никому не назначен, предупреждаются все.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign to</source>
        <translation>Кому назначить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me ({me})</source>
        <translation>Мне ({me})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to &amp;nobody</source>
        <translation>&amp;Никому</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>type a name, or choose one</source>
        <translation>введите имя или выберите</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../aliassist/services/assignment.py" line="+59"/>
        <source>who you are is not known on this database</source>
        <extracomment>the name that stands for the current user (`assign NUMBER me`) what to do when the current user has no name</extracomment>
        <translation>на этой базе данных неизвестно, кто вы</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../aliassist/notify/autostart.py" line="+134"/>
        <source>cannot change the start-at-login entry: {problem}</source>
        <extracomment>the file written (Linux, macOS) or the registry key (Windows) the file&apos;s content, or the registry value (the command line)</extracomment>
        <translation>не удалось изменить запись автозапуска: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+57"/>
        <source>Backups</source>
        <extracomment>the data was replaced by a backup: whatever shows it must reload</extracomment>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AliAssist copies the database once a day when it starts and before every upgrade. It keeps the newest backup of each of the last {days} days and of the {weeks} weeks before them.</source>
        <translation>AliAssist копирует базу данных раз в день при запуске и перед каждым обновлением. Хранится самая новая копия за каждый из последних {days} дн. и за каждую из {weeks} нед. до них.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups are made of the SQLite database file only; this is a server database. Use the server&apos;s own backup tools.</source>
        <translation>Резервные копии делаются только для файла базы данных SQLite; это серверная база данных. Используйте средства резервного копирования самого сервера.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backups yet: the first is made the next time AliAssist starts with orders stored, or now with “Back up now”.</source>
        <translation>Резервных копий пока нет: первая будет создана при следующем запуске AliAssist с сохранёнными заказами или сейчас кнопкой «Создать копию сейчас».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup was made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up: {backup}.</source>
        <translation>Копия создана: {backup}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту копию?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your current data with the backup of {backup}?

Your current data is saved as a backup first, so you can go back to it.</source>
        <translation>Заменить все текущие данные резервной копией от {backup}?

Текущие данные сначала сохраняются как резервная копия, так что к ним можно вернуться.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../aliassist/notify/calendar.py" line="+58"/>
        <source>{label}: order {number} ({store})</source>
        <translation>{label}: заказ {number} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {store}</source>
        <translation>Заказ {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: order {number}</source>
        <translation>{label}: заказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number}</source>
        <translation>Заказ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} until {deadline}.</source>
        <translation>{label} до {deadline}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute {number} of the order</source>
        <translation>Спор {number} по заказу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{label} in %n day(s): order {number}</source>
        <translation>
            <numerusform>{label} через %n день: заказ {number}</numerusform>
            <numerusform>{label} через %n дня: заказ {number}</numerusform>
            <numerusform>{label} через %n дней: заказ {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="+79"/>
        <source>Missing: the evidence vault no longer holds this file. Add it again, or remove it.</source>
        <translation>Отсутствует: в хранилище доказательств больше нет этого файла. Добавьте его снова или удалите.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Drop files on an item, or use “Add files…”. Files are copied into the evidence vault and never changed; your originals stay where they are.</source>
        <translation>Перетащите файлы на пункт или нажмите «Добавить файлы…». Файлы копируются в хранилище доказательств и никогда не изменяются; ваши оригиналы остаются на месте.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence checklist items</source>
        <extracomment>text colours for the palette in force (see theme.tone)</extracomment>
        <translation>Пункты списка доказательств</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Evidence for “{label}”</source>
        <translation>Доказательства для «{label}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence complete</source>
        <translation>Все обязательные доказательства собраны</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>Не хватает %n обязательного пункта</numerusform>
            <numerusform>Не хватает %n обязательных пунктов</numerusform>
            <numerusform>Не хватает %n обязательных пунктов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} (missing)</source>
        <translation>{name} (отсутствует)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken {time}</source>
        <translation>Снято {time}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Checks on your files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проверки ваших файлов&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;All files (*)</source>
        <translation>Фото, видео и документы (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding evidence…</source>
        <translation>Добавление доказательств…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added {files}.</source>
        <translation>Добавлено: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already attached: {files}.</source>
        <translation>Уже прикреплено: {files}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added</source>
        <translation>Ничего не добавлено</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts for</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No particular item</source>
        <translation>Без конкретного товара</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from evidence…</source>
        <translation>Удалить из доказательств…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change evidence file {name} of order {number}</source>
        <translation>Изменить файл доказательства {name} заказа {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot change the file</source>
        <translation>Не удаётся изменить файл</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit ▸ Undo (Ctrl+Z) brings it back</source>
        <translation>Правка ▸ Отменить (Ctrl+Z) вернёт его</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy is deleted unless another order uses it</source>
        <translation>Сохранённая копия удаляется, если её не использует другой заказ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Удалить доказательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this order&apos;s evidence?

{later}; your original file is not touched.</source>
        <translation>Удалить «{name}» из доказательств этого заказа?

{later}; ваш исходный файл не затрагивается.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove evidence file {name} of order {number}</source>
        <translation>Удалить файл доказательства {name} заказа {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the file</source>
        <translation>Не удаётся удалить файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}. Ctrl+Z brings it back.</source>
        <translation>Удалено: {name}. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name}.</source>
        <translation>Удалено: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name} (its stored copy is kept: other evidence uses it).</source>
        <translation>Удалено: {name} (сохранённая копия оставлена: её используют другие доказательства).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+75"/>
        <source>Which column holds what?</source>
        <translation>Какой столбец что содержит?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; is not the export of a known exporter. Say once which column holds what; AliAssist remembers it for files with the same columns. The order number and the order date are needed; everything else is optional.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — не экспорт известной программы. Укажите один раз, какой столбец что содержит; AliAssist запомнит это для файлов с такими же столбцами. Нужны номер заказа и дата заказа; всё остальное необязательно.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column {index}</source>
        <translation>Столбец {index}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates are written:</source>
        <translation>Формат дат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember for files with these columns</source>
        <translation>Запомнить для файлов с такими столбцами</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the column of: {fields}</source>
        <translation>Выберите столбец для: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One column is chosen for two things.</source>
        <translation>Один столбец выбран для двух полей.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../aliassist/services/context.py" line="+89"/>
        <source>{now} is outside the years {first} to {last} the app&apos;s clocks cover</source>
        <extracomment>a fixed instant for every clock read (--now), or None for the real time why the policy chosen in Settings could not be used, when it could not the years `--now` may name: the clocks&apos; arithmetic stays within datetime&apos;s range</extracomment>
        <translation>{now} выходит за пределы лет {first}–{last}, которые охватывают часы приложения</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/recovery_dialog.py" line="+33"/>
        <source>{app}: the database is damaged</source>
        <translation>{app}: база данных повреждена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Your AliAssist database cannot be used: it is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Базу данных AliAssist нельзя использовать: она повреждена.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found: {problem}.</source>
        <translation>Обнаружено: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted. The damaged file was moved aside and is kept unchanged:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</source>
        <translation>Ничего не удалено. Повреждённый файл перемещён в сторону и сохранён без изменений:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from &lt;b&gt;{made}&lt;/b&gt;. Restore it to carry on where it left off; anything entered after it was made has to be entered again.</source>
        <translation>Последняя исправная резервная копия создана &lt;b&gt;{made}&lt;/b&gt;. Восстановите её, чтобы продолжить с того момента; всё, что было введено после её создания, придётся ввести заново.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no good backup to restore. You can start with an empty database and import a data file you exported earlier.</source>
        <translation>Исправной резервной копии для восстановления нет. Можно начать с пустой базы данных и импортировать ранее экспортированный файл данных.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the latest good backup</source>
        <translation>Восстановить последнюю исправную копию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty database</source>
        <translation>Начать с пустой базы данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../aliassist/services/datafile.py" line="+132"/>
        <source>the file {name} has changed since it was exported (its SHA-256 differs from the one recorded)</source>
        <translation>файл {name} изменился после экспорта (его SHA-256 отличается от записанного)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as orders.json</source>
        <translation>это папка; укажите имя файла, например orders.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {name} is missing from the vault ({path})</source>
        <translation>файл доказательства {name} отсутствует в хранилище ({path})</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+16"/>
        <source>Your data</source>
        <extracomment>everything was deleted: the app must close</extracomment>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything AliAssist keeps stays on this computer and is never sent anywhere: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;File ▸ Export data file… writes a portable copy (a JSON file and the evidence files).</source>
        <translation>Всё, что хранит AliAssist, остаётся на этом компьютере и никуда не отправляется: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Файл ▸ Экспорт файла данных… создаёт переносимую копию (файл JSON и файлы доказательств).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete all my data…</source>
        <translation>Удалить все мои данные…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was deleted</source>
        <translation>Ничего не удалено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your data was deleted</source>
        <translation>Все ваши данные удалены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, the evidence files and the backups were deleted. AliAssist closes now; it starts empty next time.</source>
        <translation>База данных, файлы доказательств и резервные копии удалены. AliAssist сейчас закроется; при следующем запуске он будет пустым.</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/database_settings.py" line="+46"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use now: a team database&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <extracomment>the result of the last &quot;Test connection&quot; (None: not tested yet)</extracomment>
        <translation>Сейчас используется: командная база данных&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: the file on this computer&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <translation>Сейчас используется: файл на этом компьютере&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people or computers can share one set of orders on a PostgreSQL server. Give its address to open it from the next start; leave the field empty to use the file on this computer.</source>
        <translation>Несколько человек или компьютеров могут совместно использовать один набор заказов на сервере PostgreSQL. Укажите его адрес, чтобы открыть его со следующего запуска; оставьте поле пустым, чтобы использовать файл на этом компьютере.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team database URL</source>
        <translation>URL командной базы данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: AliAssist never stores one. It is read from &lt;b&gt;~/.pgpass&lt;/b&gt; (or the file &lt;b&gt;PGPASSFILE&lt;/b&gt; names) or a service file (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, then &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), as every PostgreSQL program does.</source>
        <translation>Не указывайте пароль в адресе: AliAssist никогда его не хранит. Он читается из &lt;b&gt;~/.pgpass&lt;/b&gt; (или файла, указанного в &lt;b&gt;PGPASSFILE&lt;/b&gt;) либо из файла служб (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, затем &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), как это делает любая программа PostgreSQL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;nobr&gt;--database-url&lt;/nobr&gt; or &lt;nobr&gt;--db&lt;/nobr&gt; on the command line, or ALIASSIST_DATABASE_URL or ALIASSIST_DB in the environment, take precedence over this choice. It is kept in {file}.</source>
        <translation>&lt;nobr&gt;--database-url&lt;/nobr&gt; или &lt;nobr&gt;--db&lt;/nobr&gt; в командной строке либо ALIASSIST_DATABASE_URL или ALIASSIST_DB в окружении имеют приоритет над этим выбором. Он хранится в {file}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From the next start: the file on this computer.</source>
        <translation>Со следующего запуска: файл на этом компьютере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start: this team database (chosen in Settings).</source>
        <translation>Со следующего запуска: эта командная база данных (выбрана в настройках).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: back to the file on this computer, from the next start.</source>
        <translation>По нажатии OK: возврат к файлу на этом компьютере со следующего запуска.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: this team database is opened from the next start of AliAssist.</source>
        <translation>По нажатии OK: эта командная база данных будет открываться со следующего запуска AliAssist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reachable. {message}</source>
        <translation>Доступна. {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use it: {message}</source>
        <translation>Использовать нельзя: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error: {error}</source>
        <translation>непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the next start, AliAssist opens the database file on this computer again. Restart AliAssist to switch now.</source>
        <translation>Со следующего запуска AliAssist снова откроет файл базы данных на этом компьютере. Перезапустите AliAssist, чтобы переключиться сейчас.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start, AliAssist opens the team database {database}. Restart AliAssist to switch now. (The choice is kept in {file}.)</source>
        <translation>Со следующего запуска AliAssist откроет командную базу данных {database}. Перезапустите AliAssist, чтобы переключиться сейчас. (Выбор хранится в {file}.)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../aliassist/i18n.py" line="+313"/>
        <source>{instant} your time</source>
        <extracomment>language code -&gt; the language&apos;s own name, as the Settings list shows it the language the texts are written in (no translator needed) the languages with a translation (a .ts source, a .qm at run time) the environment variable naming the language (after --lang, before Settings) a language the system names without the region the app speaks it for how an instant&apos;s date reads in words, where the day is not simply followed by the month the language in force (None: none was put in force, the texts are the source&apos;s) its translators (the app&apos;s and Qt&apos;s), kept alive here, and the application they are in the language to put in force at the first text translated (use_language_lazily)</extracomment>
        <translation>{instant} по вашему времени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until {deadline}</source>
        <translation>до {deadline}</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+13"/>
        <source>Delete all my data</source>
        <translation>Удалить все мои данные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;This deletes everything AliAssist keeps on this computer.&lt;/b&gt; It cannot be undone.</source>
        <translation>&lt;b&gt;Это удалит всё, что AliAssist хранит на этом компьютере.&lt;/b&gt; Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you exported (data files, dispute packets) are not touched. To keep a copy you can import later, export it first.</source>
        <translation>Экспортированные вами файлы (файлы данных, пакеты для спора) не затрагиваются. Чтобы сохранить копию для последующего импорта, сначала экспортируйте её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a copy first…</source>
        <translation>Сначала экспортировать копию…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To confirm, type &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Для подтверждения введите &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To confirm, type {word}</source>
        <translation>Для подтверждения введите {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export all data</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Данные AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n order(s) to {path}.</source>
        <translation>
            <numerusform>Записан %n заказ в {path}.</numerusform>
            <numerusform>Записано %n заказа в {path}.</numerusform>
            <numerusform>Записано %n заказов в {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeStepsDialog</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_steps.py" line="+48"/>
        <source>The seller responded</source>
        <translation>Продавец ответил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I escalated it to the platform</source>
        <translation>Спор передан платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform asked for the item back</source>
        <translation>Платформа попросила вернуть товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I shipped the item back</source>
        <translation>Товар отправлен обратно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money came back</source>
        <translation>Деньги вернулись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform decided against me</source>
        <translation>Платформа решила не в мою пользу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cancelled the dispute</source>
        <translation>Спор отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute is over</source>
        <translation>Спор завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Полный возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Частичный возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Чарджбэк по карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Претензия к платёжной системе</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute steps — order {number}</source>
        <translation>Этапы спора — заказ {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disputes of the order</source>
        <translation>Споры по заказу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps recorded</source>
        <translation>Записанные этапы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a step</source>
        <translation>Записать этап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everything paid, less refunds</source>
        <translation>всё оплаченное за вычетом возвратов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>трек-номер обратной посылки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step</source>
        <translation>Записать этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove last step…</source>
        <translation>Удалить последний этап…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last step of this dispute, recorded by mistake (Edit ▸ Undo brings it back)</source>
        <translation>Отменить последний этап этого спора, записанный по ошибке (Правка ▸ Отменить вернёт его)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Amount refunded:</source>
        <translation>Возвращённая сумма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return tracking:</source>
        <translation>Трек-номер возврата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record money outside a dispute step</source>
        <translation>Записать деньги вне этапа спора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayPal, your card issuer, …</source>
        <translation>PayPal, банк-эмитент вашей карты, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>Записать платёж</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Платёжная система:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dispute {index} ({platform_id})</source>
        <translation>Спор {index} ({platform_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute {index}</source>
        <translation>Спор {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This order has no disputes yet: start one with &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt;. Payments can still be recorded here.</source>
        <translation>По этому заказу споров пока нет: откройте спор через &lt;b&gt;Спор ▸ Новый спор…&lt;/b&gt;. Платежи всё равно можно записывать здесь.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Dispute {index}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Спор {index}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked {amount}</source>
        <translation>запрошено {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return tracking {tracking}</source>
        <translation>трек-номер возврата {tracking}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{clock}: {date}&lt;/b&gt; (running)</source>
        <translation>&lt;b&gt;{clock}: {date}&lt;/b&gt; (идёт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {date} (stopped)</source>
        <translation>{clock}: {date} (остановлен)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dispute has no next step: it is settled.</source>
        <translation>У этого спора нет следующего этапа: он урегулирован.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record step “{step}” on dispute {index} of order {number}</source>
        <translation>Записать этап «{step}» спора {index} заказа {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {step}.</source>
        <translation>Записано: {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded: {step}. {payment} of {amount} recorded.</source>
        <translation>Записано: {step}. {payment} на {amount} записан.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove last step</source>
        <translation>Удалить последний этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the step “{step}” ({time}) from dispute {index}?

The dispute goes back to what the earlier steps made it; a refund recorded with the step is removed too. Edit ▸ Undo (Ctrl+Z) brings the step back.</source>
        <translation>Удалить этап «{step}» ({time}) из спора {index}?

Спор вернётся в состояние, заданное предыдущими этапами; возврат средств, записанный с этим этапом, тоже удаляется. Правка ▸ Отменить (Ctrl+Z) вернёт этап.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove step “{step}” of dispute {index} of order {number}</source>
        <translation>Удалить этап «{step}» спора {index} заказа {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed the step “{step}”. Ctrl+Z brings it back.</source>
        <translation>Этап «{step}» удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {payment} on order {number}</source>
        <translation>Записать {payment} по заказу {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {payment} of {amount}.</source>
        <translation>Записано: {payment} на {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {payment}.</source>
        <translation>Записано: {payment}.</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_wizard.py" line="+70"/>
        <source>Choose a reason and describe what happened: the pre-check reads it as you type.</source>
        <extracomment>How long typing pauses before the pre-check runs again (ms). the finding an empty form always raises; not shown as a problem before anything is entered</extracomment>
        <translation>Выберите причину и опишите, что произошло: предварительная проверка читает текст по мере ввода.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New dispute — order {number}</source>
        <extracomment>the chosen reason id, or None (the evidence checklist follows it)</extracomment>
        <translation>Новый спор — заказ {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order {number}</source>
        <translation>Заказ {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>paid {amount}</source>
        <translation>оплачено {amount}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1  What is wrong</source>
        <translation>1  Что не так</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole order</source>
        <translation>Весь заказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {index}</source>
        <translation>Товар {index}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item:</source>
        <translation>Товар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2  Describe it in your own words</source>
        <translation>2  Опишите своими словами</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facts only: what you ordered, what arrived or what tracking shows, and when. For example: “I ordered size M in red; the dress is orange and the label says S.”</source>
        <translation>Только факты: что вы заказали, что пришло или что показывает отслеживание, и когда. Например: «Я заказал размер M красного цвета; платье оранжевое, а на бирке указан размер S».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe it in your own words</source>
        <translation>Опишите своими словами</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3  What you ask for</source>
        <extracomment>says a kept draft came back (hidden otherwise)</extracomment>
        <translation>3  Чего вы просите</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partial refund amount</source>
        <translation>Сумма частичного возврата</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>4  Description to file (from the order&apos;s facts and your words)</source>
        <translation>4  Описание для подачи (из фактов заказа и ваших слов)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description to file</source>
        <translation>Описание для подачи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the description is written in. English is what sellers read best.</source>
        <extracomment>the language the description is written in: English (sellers read it best) or the buyer&apos;s, apart from the window&apos;s language</extracomment>
        <translation>Язык, на котором написано описание. Продавцы лучше всего понимают английский.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Язык черновика:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+436"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Copy the description, to paste into the dispute form</source>
        <translation>Скопировать описание, чтобы вставить его в форму спора</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received</source>
        <translation>Не получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, but something is wrong</source>
        <translation>Получен, но что-то не так</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Pre-check&lt;/b&gt; — the platform&apos;s rules, checked as you type</source>
        <translation>&lt;b&gt;Предварительная проверка&lt;/b&gt; — правила платформы, проверяемые по мере ввода</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found: this dispute breaks none of the platform&apos;s rules the app knows.</source>
        <translation>Ничего не найдено: этот спор не нарушает ни одного известного приложению правила платформы.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export packet…</source>
        <extracomment>The evidence checklist panel goes here (see the module docstring). More buttons for the dispute go here (see the module docstring).</extracomment>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Not checked yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Platform dispute id:</source>
        <translation>ID спора на платформе:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after you file it</source>
        <translation>после подачи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as filed</source>
        <translation>Отметить как поданный</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep the description you typed as a draft?</source>
        <translation>Сохранить введённое описание как черновик?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the amount of the {remedy} you ask for.</source>
        <translation>Введите запрашиваемую сумму ({remedy}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(at most {amount})</source>
        <translation>(не более {amount})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose what went wrong. Not received: the parcel never reached you. Received: it arrived, but something is wrong with it.</source>
        <translation>Выберите, что пошло не так. Не получен: посылка так и не дошла до вас. Получен: она пришла, но с ней что-то не так.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n character(s) · at least {least}, at most {most}</source>
        <translation>
            <numerusform>%n символ · не менее {least}, не более {most}</numerusform>
            <numerusform>%n символа · не менее {least}, не более {most}</numerusform>
            <numerusform>%n символов · не менее {least}, не более {most}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason: the description is drafted from the order&apos;s facts and your words.</source>
        <translation>Выберите причину: описание составляется из фактов заказа и ваших слов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · your words were cut to fit: shorten them</source>
        <translation> · ваш текст обрезан, чтобы поместиться: сократите его</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n minor fact(s) left out to fit</source>
        <translation>
            <numerusform> · %n второстепенный факт опущен, чтобы поместиться</numerusform>
            <numerusform> · %n второстепенных факта опущено, чтобы поместиться</numerusform>
            <numerusform> · %n второстепенных фактов опущено, чтобы поместиться</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters{note}</source>
        <translation>{length} / {limit} символов{note}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dispute window closed on {date}</source>
        <translation>Срок открытия спора истёк {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a dispute by &lt;b&gt;{date}&lt;/b&gt; (%n day(s) left)</source>
        <translation>
            <numerusform>Откройте спор до &lt;b&gt;{date}&lt;/b&gt; (остался %n день)</numerusform>
            <numerusform>Откройте спор до &lt;b&gt;{date}&lt;/b&gt; (осталось %n дня)</numerusform>
            <numerusform>Откройте спор до &lt;b&gt;{date}&lt;/b&gt; (осталось %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Check your input:&lt;/b&gt; {error}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Проверьте ввод:&lt;/b&gt; {error}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n блокирующая проблема</numerusform>
            <numerusform>%n блокирующие проблемы</numerusform>
            <numerusform>%n блокирующих проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;, and %n warning(s). Fix them first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Не готово:&lt;/b&gt; {problems}&lt;/span&gt; и %n предупреждение. Сначала исправьте их.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Не готово:&lt;/b&gt; {problems}&lt;/span&gt; и %n предупреждения. Сначала исправьте их.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Не готово:&lt;/b&gt; {problems}&lt;/span&gt; и %n предупреждений. Сначала исправьте их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;. Fix them first.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Не готово:&lt;/b&gt; {problems}&lt;/span&gt;. Сначала исправьте их.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file&lt;/b&gt;&lt;/span&gt;, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Готово к подаче&lt;/b&gt;&lt;/span&gt;, но сначала прочтите %n предупреждение.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Готово к подаче&lt;/b&gt;&lt;/span&gt;, но сначала прочтите %n предупреждения.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Готово к подаче&lt;/b&gt;&lt;/span&gt;, но сначала прочтите %n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Готово к подаче.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocked by the pre-check: {problems}.</source>
        <translation>Заблокировано предварительной проверкой: {problems}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File the dispute on the platform, then enter the dispute id it shows.</source>
        <translation>Подайте спор на платформе, затем введите ID спора, который она покажет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the dispute as opened today</source>
        <translation>Записать спор как открытый сегодня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the summary, the description and your evidence as one ZIP with a verifiable manifest</source>
        <translation>Сохранить сводку, описание и ваши доказательства в один ZIP с проверяемым манифестом</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the packet {name}.</source>
        <translation>Пакет {name} сохранён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File a dispute on order {number}</source>
        <translation>Подать спор по заказу {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the dispute</source>
        <translation>Не удаётся записать спор</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <location filename="../../aliassist/services/disputes/steps.py" line="+73"/>
        <source>{at} is in the future</source>
        <extracomment>the payment recorded with the step (refunds), if any the clock the step started, and when it ends</extracomment>
        <translation>{at} находится в будущем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record steps when they happen</source>
        <translation>записывайте шаги, когда они происходят</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} is before {what} ({not_before})</source>
        <translation>{at} раньше, чем {what} ({not_before})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown step {step}; steps: {steps}</source>
        <translation>неизвестный шаг {step}; шаги: {steps}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it can next be: {steps}</source>
        <translation>следующий шаг может быть: {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no next step; a new problem needs a new dispute</source>
        <translation>у него нет следующего шага; для новой проблемы нужен новый спор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispute {index} of order {number} is {status}, so it cannot be {step}</source>
        <translation>спор {index} заказа {number} в состоянии «{status}», поэтому его нельзя перевести в «{step}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tracking number goes with return_requested or return_shipped</source>
        <translation>номер отслеживания указывается с return_requested или return_shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an amount goes with the refunded step</source>
        <translation>сумма указывается с шагом refunded</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>order {number} has no amount paid; give the amount refunded</source>
        <translation>у заказа {number} нет оплаченной суммы; укажите возвращённую сумму</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a refund of 0 is not a refund; record the dispute as rejected or closed instead</source>
        <translation>возврат 0 — это не возврат; запишите спор как отклонённый или закрытый</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a dispute needs a reason</source>
        <extracomment>The dispute event that records a pre-check overridden on purpose (--force, &quot;Record anyway&quot;).</extracomment>
        <translation>для спора нужна причина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pre-check blocks this dispute ({rules})</source>
        <translation>предварительная проверка блокирует этот спор ({rules})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no order with id {order_id}</source>
        <translation>нет заказа с id {order_id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order {number} already has a dispute {platform_id}</source>
        <translation>у заказа {number} уже есть спор {platform_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown payment kind {kind}; kinds: {kinds}</source>
        <translation>неизвестный вид платежа {kind}; виды: {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the amount of the {value}</source>
        <translation>укажите сумму: {value}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>dispute {dispute} of order {number} has no step to remove: only its filing is recorded</source>
        <translation>у спора {dispute} заказа {number} нет шага для удаления: записано только его открытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the dispute itself in the order&apos;s editor</source>
        <translation>удалите сам спор в редакторе заказа</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{amount} is more than was paid (less refunds): {limit}</source>
        <translation>{amount} больше оплаченной суммы (за вычетом возвратов): {limit}</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/disputes/validation.py" line="+33"/>
        <source>choose a reason; valid reasons: {reasons}</source>
        <translation>выберите причину; допустимые причины: {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {item} does not exist; {items}</source>
        <translation>пункта {item} не существует; {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown remedy {remedy}; valid remedies: {remedies}</source>
        <translation>неизвестное требование {remedy}; допустимые требования: {remedies}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount goes with the remedy {remedy}</source>
        <translation>сумма указывается с требованием {remedy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a refund of 0 asks for nothing</source>
        <translation>возврат 0 ничего не требует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remedy {remedy} needs the amount you ask for</source>
        <translation>для требования {remedy} нужна запрашиваемая сумма</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no disputes</source>
        <translation>у заказа {number} нет споров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist dispute opened` records one</source>
        <translation>`aliassist dispute opened` записывает спор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has {count} disputes; say which: {disputes}</source>
        <translation>у заказа {number} споров: {count}; укажите какой: {disputes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {number} has no dispute {ref}; its disputes: {disputes}</source>
        <translation>у заказа {number} нет спора {ref}; его споры: {disputes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has no currency; add the amount paid and its currency to the order first</source>
        <translation>у заказа {number} нет валюты; сначала добавьте в заказ оплаченную сумму и её валюту</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../aliassist/i18n_domain.py" line="+22"/>
        <source>open</source>
        <extracomment>the domain&apos;s texts, marked (they must read exactly as in domain/dispute_steps.py and domain/estimates.py: tests/test_i18n_domain.py checks every one is here)</extracomment>
        <translation>открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered by the seller</source>
        <translation>продавец ответил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>передан платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the return</source>
        <translation>ожидается возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the returned item to arrive</source>
        <translation>ожидается получение возвращённого товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <translation>деньги возвращены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as answered by the seller</source>
        <translation>отмечен как отвеченный продавцом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as waiting for a return</source>
        <translation>отмечен как ожидающий возврата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as return shipped</source>
        <translation>отмечен как товар отправлен обратно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as refunded</source>
        <translation>отмечен как возвращённый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as rejected</source>
        <translation>отмечен как отклонённый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seller answered the dispute</source>
        <translation>продавец ответил на спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you escalated the dispute to the platform</source>
        <translation>вы передали спор платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform asked for the item back</source>
        <translation>платформа запросила возврат товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you shipped the item back</source>
        <translation>вы отправили товар обратно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the money came back (records the refund as a payment)</source>
        <translation>деньги вернулись (возврат записывается как платёж)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform decided against you</source>
        <translation>платформа решила не в вашу пользу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled the dispute</source>
        <translation>вы отменили спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute is over</source>
        <translation>спор завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order status says receipt was confirmed, but not when: the earliest date it can have been is used</source>
        <translation>статус заказа говорит, что получение подтверждено, но не когда: используется самая ранняя возможная дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of the tracking&apos;s last update, which says delivered</source>
        <translation>дата последнего обновления отслеживания, в котором указано «доставлено»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the usual protection length; the order page shows the real end date</source>
        <translation>обычный срок защиты; настоящая дата окончания указана на странице заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the earliest</source>
        <translation>не ранее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>получение подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection length</source>
        <translation>срок защиты</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+93"/>
        <source>No orders yet</source>
        <translation>Заказов пока нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliAssist keeps the Buyer Protection clock of every order and warns you before a deadline passes.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import your orders&lt;/b&gt; from the file an exporter made (AliExpress Order Exporter, AliExpress Bulk Order Exporter, or any CSV/TSV), drop the file on this window or paste rows with Ctrl+V; or &lt;b&gt;add an order&lt;/b&gt; from its order page.</source>
        <translation>AliAssist следит за сроком Защиты покупателя по каждому заказу и предупреждает вас до истечения срока.&lt;br&gt;&lt;br&gt;&lt;b&gt;Импортируйте заказы&lt;/b&gt; из файла, созданного программой экспорта (AliExpress Order Exporter, AliExpress Bulk Order Exporter или любой CSV/TSV), перетащите файл на это окно или вставьте строки с помощью Ctrl+V; или &lt;b&gt;добавьте заказ&lt;/b&gt; со страницы заказа.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an order…</source>
        <translation>Добавить заказ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders…</source>
        <translation>Импорт заказов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data file…</source>
        <translation>Импорт файла данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it with sample orders</source>
        <translation>Попробовать на примерах заказов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate sample database with made-up orders in every state; your own data is not touched</source>
        <translation>Открывает отдельную демонстрационную базу с вымышленными заказами во всех состояниях; ваши данные не затрагиваются</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Прочитать руководство</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New to it? Look around first:</source>
        <translation>Впервые здесь? Сначала осмотритесь:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../aliassist/services/evidence.py" line="+109"/>
        <source>order {number} has no dispute {dispute} (it has {count}, numbered from 1)</source>
        <extracomment>Thumbnail sizes the GUI asks for (longest side, pixels): strip and viewer. sha256 -&gt; facts of the stored content index into order.evidence -&gt; findings about that file sha256 of the files the order lists that are not in the vault (lost, or a restored backup&apos;s file deleted before backups kept them): shown as missing, never silently</extracomment>
        <translation>у заказа {number} нет спора {dispute} (их {count}, нумерация с 1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>say which reason (--reason), or which dispute (--dispute)</source>
        <translation>укажите причину (--reason) или спор (--dispute)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no files given</source>
        <extracomment>the same content was already attached (to the same dispute and item): nothing was added the picture names the GPS position where it was taken (a packet leaves it out, unless asked to keep it; the vault keeps the original as it is) the index of the same content attached for another checklist item (one file may serve several items: this new entry counts it for the item named)</extracomment>
        <translation>файлы не указаны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {kind}; kinds: {kinds}</source>
        <translation>неизвестный вид {kind}; виды: {kinds}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{item}” ({id}) takes {kinds}, not {kind}</source>
        <translation>«{item}» ({id}) принимает {kinds}, а не {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{item}” takes {kinds}; the content is {content}</source>
        <translation>«{item}» принимает {kinds}; содержимое: {content}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose the kind that says what the file is (--kind)</source>
        <translation>выберите вид, который описывает файл (--kind)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>order {number} has no evidence {index}</source>
        <extracomment>the stored copy was deleted (nothing else referred to it) the stored copy was kept because a backup lists it (restoring that backup needs it)</extracomment>
        <translation>у заказа {number} нет доказательства {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>неизвестный вид {kind}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no evidence of order {number} is called {name}</source>
        <translation>ни одно доказательство заказа {number} не называется {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist evidence NUMBER` lists them</source>
        <translation>`aliassist evidence NUMBER` выводит их список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files match; give the index instead ({indices})</source>
        <translation>подходят файлы: {count}; укажите номер ({indices})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>order {number} has no evidence {index} (it has {count}, counted from 0)</source>
        <translation>у заказа {number} нет доказательства {index} (их {count}, счёт с 0)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_dialog.py" line="+30"/>
        <source>Evidence for order {number}</source>
        <translation>Доказательства по заказу {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute {index}: {reason}</source>
        <translation>Спор {index}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: {label}</source>
        <translation>Причина: {label}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist &amp;for:</source>
        <translation>Список &amp;для:</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_viewer.py" line="+83"/>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is:</source>
        <translation>Что это:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute:</source>
        <translation>Спор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>Изображение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken:</source>
        <translation>Снято:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with another app…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the stored, read-only copy with your system&apos;s app for this type (to play a video, read a PDF).</source>
        <translation>Открывает сохранённую копию (только для чтения) в системной программе для этого типа (чтобы воспроизвести видео, прочитать PDF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence: {name}</source>
        <translation>Доказательство: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{position} of {count}</source>
        <translation>{position} из {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (camera)</source>
        <translation>{time} (камера)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (file date)</source>
        <translation>{time} (дата файла)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item chosen: counts where its kind fits</source>
        <translation>Товар не выбран: учитывается там, где подходит его вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole order</source>
        <translation>Весь заказ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule {rule}</source>
        <translation>Правило {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ No warnings about this file.</source>
        <translation>✔ Предупреждений по этому файлу нет.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+29"/>
        <source>Search order number, store, item or tracking number (Ctrl+F)</source>
        <translation>Поиск по номеру заказа, магазину, товару или трек-номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search orders</source>
        <translation>Поиск заказов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show orders in state</source>
        <translation>Показать заказы в состоянии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders of account</source>
        <translation>Показать заказы аккаунта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mine</source>
        <translation>&amp;Мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the orders assigned to me</source>
        <translation>Показать только заказы, назначенные мне</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the orders assigned to you. Who you are is not known on this database: set your name in Settings ▸ You.</source>
        <extracomment>the current user (&quot;Mine&quot; shows their orders); None: not known, &quot;Mine&quot; is off</extracomment>
        <translation>Только заказы, назначенные вам. В этой базе данных неизвестно, кто вы: укажите своё имя в Настройки ▸ Вы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the orders assigned to you ({me})</source>
        <translation>Только заказы, назначенные вам ({me})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>Без аккаунта</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/findings_view.py" line="+27"/>
        <source>Blocks</source>
        <extracomment>severity -&gt; its badge (the words; the colours are theme&apos;s &quot;severity.*&quot; tints and marks)</extracomment>
        <translation>Блокирует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Instead:&lt;/b&gt; {fix}</source>
        <extracomment>severity -&gt; the mark drawn beside its card and under its words the card&apos;s background and text colour (theme&apos;s tint for the severity)</extracomment>
        <translation>&lt;b&gt;Вместо этого:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location line="+27"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="+116"/>
        <source>{app} guide</source>
        <translation>Руководство {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../aliassist/services/history.py" line="+108"/>
        <location line="+16"/>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unknown field (known fields: dispute_events, notifications, settings, mail_events)</source>
        <translation>неизвестное поле (известные поля: dispute_events, notifications, settings, mail_events)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no order {number} in the file or the database</source>
        <translation>заказа {number} нет ни в файле, ни в базе данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the order has no dispute {position} (disputes count from 0)</source>
        <translation>у заказа нет спора {position} (споры считаются с 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amount needs the order&apos;s currency</source>
        <translation>для суммы нужна валюта заказа</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+13"/>
        <source>Line</source>
        <extracomment>the fields shown in the columns between Line and the problem, for a skipped row&apos;s raw cells</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buyer account:</source>
        <translation>Аккаунт покупателя:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (optional)</source>
        <translation>нет (необязательно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts written without a currency are in:</source>
        <translation>Суммы без указания валюты — в:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written:</source>
        <translation>Формат дат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file shows</source>
        <translation>как в файле</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change columns…</source>
        <translation>Изменить столбцы…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buyer account</source>
        <translation>Аккаунт покупателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts written without a currency are in</source>
        <translation>Суммы без указания валюты — в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to import</source>
        <translation>Заказы для импорта</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Showing the first %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Показана первая %n строка: можно импортировать {good}</numerusform>
            <numerusform>Показаны первые %n строки: можно импортировать {good}</numerusform>
            <numerusform>Показаны первые %n строк: можно импортировать {good}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing all %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Показана %n строка: можно импортировать {good}</numerusform>
            <numerusform>Показаны все %n строки: можно импортировать {good}</numerusform>
            <numerusform>Показаны все %n строк: можно импортировать {good}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} will be skipped&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;будет пропущено: {bad}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown}{skipped}. Nothing is written until you choose Import.</source>
        <translation>{shown}{skipped}. Ничего не записывается, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>how the file writes dates (its dates read as month/day and as day/month, and none of them tells which)</source>
        <translation>как в файле записаны даты (его даты читаются и как месяц/день, и как день/месяц, и ни одна не указывает, какой вариант верен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the currency of its amounts (they are written without one)</source>
        <translation>валюту его сумм (они записаны без неё)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {first} and {second} above, then Import.</source>
        <translation>Выберите выше {first} и {second}, затем нажмите «Импорт».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {first} above, then Import.</source>
        <translation>Выберите выше {first}, затем нажмите «Импорт».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rest of the file is read when you import; rows with problems are listed in the report afterwards.</source>
        <translation>Остальная часть файла читается при импорте; строки с проблемами будут перечислены в отчёте после него.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="+12"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished — some rows were skipped</source>
        <translation>Импорт завершён — некоторые строки пропущены</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new order(s), {updated} updated, {unchanged} unchanged</source>
        <translation>
            <numerusform>%n новый заказ, обновлено: {updated}, без изменений: {unchanged}</numerusform>
            <numerusform>%n новых заказа, обновлено: {updated}, без изменений: {unchanged}</numerusform>
            <numerusform>%n новых заказов, обновлено: {updated}, без изменений: {unchanged}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Почему пропущена</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n row(s) skipped&lt;/b&gt; (lines of the file, the header is line 1). Everything else was imported; fix these rows and import the file again: what is already in changes nothing.</source>
        <translation>
            <numerusform>&lt;b&gt;Пропущена %n строка&lt;/b&gt; (строки файла, заголовок — строка 1). Всё остальное импортировано; исправьте эти строки и импортируйте файл снова: уже имеющиеся данные ничего не изменят.</numerusform>
            <numerusform>&lt;b&gt;Пропущено %n строки&lt;/b&gt; (строки файла, заголовок — строка 1). Всё остальное импортировано; исправьте эти строки и импортируйте файл снова: уже имеющиеся данные ничего не изменят.</numerusform>
            <numerusform>&lt;b&gt;Пропущено %n строк&lt;/b&gt; (строки файла, заголовок — строка 1). Всё остальное импортировано; исправьте эти строки и импортируйте файл снова: уже имеющиеся данные ничего не изменят.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy report</source>
        <translation>Копировать отчёт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped rows</source>
        <translation>Пропущенные строки</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../aliassist/importers/datafile.py" line="+108"/>
        <source>cannot read the file: {strerror}</source>
        <extracomment>estimate source keys, and the date each one qualifies The default policy&apos;s zone (AliExpress: Asia/Shanghai); callers pass their policy&apos;s. the order&apos;s version when it was exported (team databases: an order saved since then by someone else is not overwritten)</extracomment>
        <translation>не удалось прочитать файл: {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/importers/sources.py" line="+135"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {msg}</source>
        <translation>недопустимый JSON: {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a data file: its JSON is nested too deeply</source>
        <translation>не файл данных: его JSON слишком глубоко вложен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;orders&quot;</source>
        <translation>ожидался объект JSON с &quot;format&quot;, &quot;version&quot; и &quot;orders&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an AliAssist data file (&quot;format&quot; must be &quot;{FORMAT}&quot;)</source>
        <translation>не файл данных AliAssist (&quot;format&quot; должен быть &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; должно быть целым числом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer AliAssist (data file version {version}; this one reads version {VERSION})</source>
        <translation>записан более новой версией AliAssist (версия файла данных {version}; эта читает версию {VERSION})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;orders&quot; must be a list</source>
        <translation>&quot;orders&quot; должно быть списком</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>order {number} appears twice (also {value})</source>
        <translation>заказ {number} встречается дважды (также {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field (known fields: {value})</source>
        <translation>неизвестное поле (известные поля: {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+224"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>expected text, got {value}</source>
        <translation>ожидался текст, получено {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not one of: {value2}</source>
        <translation>{value} не входит в: {value2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number, got {value}</source>
        <translation>ожидалось целое число, получено {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {minimum}</source>
        <translation>должно быть не меньше {minimum}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an amount such as &quot;20.00&quot;, got {value}</source>
        <translation>ожидалась сумма вида &quot;20.00&quot;, получено {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an amount needs the order&apos;s &quot;currency&quot;</source>
        <translation>для суммы нужна &quot;currency&quot; заказа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an estimate source without the date {date_key}</source>
        <translation>источник оценки без даты {date_key}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>ожидалось 64 шестнадцатеричные цифры в нижнем регистре</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>evidence path {shown} must be relative to the data file&apos;s folder (such as &quot;evidence/photo.jpg&quot;)</source>
        <translation>путь доказательства {shown} должен быть относительным к папке файла данных (например, &quot;evidence/photo.jpg&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} leaves the data file&apos;s folder (&quot;..&quot;); evidence files must be in that folder or below it</source>
        <translation>путь доказательства {shown} выходит из папки файла данных (&quot;..&quot;); файлы доказательств должны быть в этой папке или ниже</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evidence file {shown} not found (looked in {folder})</source>
        <translation>файл доказательства {shown} не найден (поиск в {folder})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evidence file {shown} cannot be read: {strerror}</source>
        <translation>не удалось прочитать файл доказательства {shown}: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} goes through a symbolic link ({part}); only files really inside the data file&apos;s folder are imported</source>
        <translation>путь доказательства {shown} проходит через символическую ссылку ({part}); импортируются только файлы, действительно находящиеся в папке файла данных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence file {shown} not found ({part} is not a folder)</source>
        <translation>файл доказательства {shown} не найден ({part} не является папкой)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {shown} {problem}</source>
        <translation>файл доказательства {shown}: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains {bad}, half of a character, which is not text that can be stored</source>
        <translation>содержит {bad} — половину символа; такой текст нельзя сохранить</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>is a symbolic link; AliAssist writes the evidence only into a real folder</source>
        <translation>это символическая ссылка; AliAssist записывает доказательства только в настоящую папку</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>evidence file {name} has changed in the vault since it was stored (its content no longer matches its SHA-256); the export was stopped</source>
        <translation>файл доказательства {name} изменился в хранилище после сохранения (его содержимое больше не совпадает с SHA-256); экспорт остановлен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy evidence file {name}: {strerror}</source>
        <translation>не удалось скопировать файл доказательства {name}: {strerror}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/layouts.py" line="+144"/>
        <source>the remembered column mapping is unreadable</source>
        <extracomment>a column given by its position, `#1` to `#99999` (ASCII digits; `#²` is a column name) Fields that hold a date; the rest are text, amounts or quantities. header text -&gt; field (None: a column the app does not use) how numeric dates are written in this layout (None: the exporter writes none; numeric ones come from a spreadsheet, in its locale&apos;s order) how the exporter itself writes numeric dates (a spreadsheet may rewrite them) more header texts for the same columns (normalized) What a column of that name most likely holds, for the mapping step&apos;s first guess. None: not said; the file&apos;s own dates decide, or the person is asked how the layout&apos;s exporter writes dates: used for dates in its form until the file says</extracomment>
        <translation>сохранённое сопоставление столбцов не читается</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the header looks like the {name}&apos;s but has no {value} column</source>
        <translation>заголовок похож на заголовок {name}, но в нём нет столбца {value}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/rows.py" line="+164"/>
        <source>{column}: has bytes that are not text in the file&apos;s encoding</source>
        <extracomment>The longest text each field may hold (the store&apos;s column sizes). Why a row whose order number a spreadsheet damaged is skipped. Fields read as values (dates, amounts, numbers), not as text. when receipt was confirmed, at the earliest: set for &quot;Completed&quot; orders identifies the row&apos;s content, for finding repeated rows the number is longer than 15 digits and ends in zeros past the 15th the row&apos;s order dates given without a time, space-separated (records.ORDER_DATES) where the inferred receipt and delivery dates came from (domain.estimates.SOURCES) seconds since 1970 now: dates more than a day after it are refused (None: no check) (field, column, longest text) for each mapped field; 0: not a text field some long number in the file keeps digits past the 15th: nothing cut them some number in the file was certainly mangled (scientific notation, many zeros) distinct numbers whose digits past the 15th are all zero</extracomment>
        <translation>{column}: есть байты, которые не являются текстом в кодировке файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}: длиннее {limit} символов</translation>
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
        <translation>{column}: {value} заканчивается нулями после 15-й цифры (их обнулила электронная таблица): {DAMAGED}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{column}: the order number is missing</source>
        <translation>{column}: номер заказа отсутствует</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column}: the order date is missing</source>
        <translation>{column}: дата заказа отсутствует</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: the order date {placed} is in the future</source>
        <translation>{column}: дата заказа {placed} находится в будущем</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{column}: in {found}, but the row&apos;s other amounts are in {currency}</source>
        <translation>{column}: в {found}, а остальные суммы строки — в {currency}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/sources.py" line="-57"/>
        <location line="+43"/>
        <source>the file is empty: it has no header and no rows</source>
        <extracomment>One cell may hold this many characters (csv&apos;s default of 128 KB is too small for titles pasted with their descriptions, and a bad file should get a message, not a crash). the open stream, kept referenced while rows are read</extracomment>
        <translation>файл пуст: в нём нет ни заголовка, ни строк</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>this is an old Excel .xls workbook</source>
        <translation>это старая книга Excel .xls</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is nothing to import: the pasted text is empty</source>
        <translation>импортировать нечего: вставленный текст пуст</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read past line {line}: {exc}</source>
        <translation>не удалось прочитать дальше строки {line}: {exc}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is empty: the sheet has no header and no rows</source>
        <translation>файл пуст: на листе нет ни заголовка, ни строк</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/values.py" line="+108"/>
        <source>{value} is not a date</source>
        <extracomment>how the layout&apos;s own exporter writes dates (3/5/2026: unpadded, 4-digit year); used for dates in that form until the file decides otherwise the file&apos;s own dates decided `order` (a day over 12)</extracomment>
        <translation>{value} — не дата</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>дата пуста</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>{text} is not a date</source>
        <translation>{text} — не дата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date (unknown month name)</source>
        <translation>{text} — не дата (неизвестное название месяца)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>{text} is not a date (no such day)</source>
        <translation>{text} — не дата (такого дня нет)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{text} is not a date (write the year with 4 digits)</source>
        <translation>{text} — не дата (укажите год четырьмя цифрами)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>{text} is not a time of day</source>
        <translation>{text} — не время суток</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{whole} is not a date (write the year with 4 digits)</source>
        <translation>{whole} — не дата (укажите год четырьмя цифрами)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the currency is empty</source>
        <extracomment>Currency marks as order pages show them, longest first where one contains another. Marks that several currencies share: the file must say which.</extracomment>
        <translation>валюта пуста</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} can mean {value}; choose the currency</source>
        <translation>{text} может означать {value}; выберите валюту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} is not a currency this app knows</source>
        <translation>{text} — неизвестная приложению валюта</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>{value} is not an amount</source>
        <translation>{value} — не сумма</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the amount is not a number</source>
        <translation>сумма не является числом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not an amount such as 12.34 or US $12.34</source>
        <translation>{text} — не сумма вида 12.34 или US $12.34</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is negative</source>
        <translation>{value} — отрицательное значение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is too large an amount</source>
        <translation>{value} — слишком большая сумма</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} has more than {places} decimals for {currency}</source>
        <translation>у {value} больше {places} знаков после запятой для {currency}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a quantity (a whole number)</source>
        <translation>{text} — не количество (целое число)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is not a quantity (1 or more)</source>
        <translation>{number} — не количество (1 или больше)</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/imports.py" line="+171"/>
        <source>{new}, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Settings key: remembered column mappings, by header signature. Rows staged per batch (and how often progress is reported). pasted rows without a header: `header` only names the columns by position</extracomment>
        <translation>{new}, обновлено: {updated}, без изменений: {unchanged}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n новый заказ</numerusform>
            <numerusform>%n новых заказа</numerusform>
            <numerusform>%n новых заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be skipped</source>
        <translation>
            <numerusform>%n строка будет пропущена</numerusform>
            <numerusform>%n строки будут пропущены</numerusform>
            <numerusform>%n строк будут пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were skipped</source>
        <translation>
            <numerusform>%n строка пропущена</numerusform>
            <numerusform>%n строки пропущены</numerusform>
            <numerusform>%n строк пропущено</numerusform>
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
        <translation>неизвестное поле {field}; поля: {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column {column} in the file (columns: {columns}; or #1 to #{last} by position)</source>
        <translation>в файле нет столбца {column} (столбцы: {columns}; или от #1 до #{last} по позиции)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>map at least {fields}</source>
        <translation>сопоставьте как минимум {fields}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>the file has a header but no rows</source>
        <extracomment>the line&apos;s cells as read from the file (shown for a row that will be skipped) the preview stopped before the end of the file how the rows&apos; numeric dates were read (None: the file has none that needed an order) the file&apos;s dates read both ways and nothing decides: the person must choose amounts without a currency and none chosen: the person must choose</extracomment>
        <translation>в файле есть заголовок, но нет строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the orders again</source>
        <translation>экспортируйте заказы заново</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <location filename="../../aliassist/gui/fields.py" line="+68"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a time, the date means 00:00 of that day in the platform&apos;s time zone, the earliest moment it can mean.</source>
        <translation>Без времени дата означает 00:00 этого дня в часовом поясе платформы — самый ранний момент, который она может означать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of day</source>
        <translation>время суток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a date</source>
        <translation>есть дата</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="-444"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Done</source>
        <translation>✔ Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Missing</source>
        <translation>✗ Отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not yet</source>
        <translation>– Ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not needed</source>
        <translation>– Не нужно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files for {label}</source>
        <translation>Добавить файлы для «{label}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for {label}</source>
        <translation>Файлы для «{label}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed for this order</source>
        <translation>Не нужно для этого заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <translation>Рекомендуется</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {why} Takes: {kinds}.</source>
        <translation>Зачем: {why} Подходит: {kinds}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Other files of this order</source>
        <translation>Другие файлы этого заказа</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add other files of this order</source>
        <translation>Добавить другие файлы этого заказа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached, but not counted for this reason&apos;s checklist. Right-click a file to count it for an item.</source>
        <translation>Прикреплено, но не учитывается в списке для этой причины. Щёлкните файл правой кнопкой, чтобы отнести его к пункту.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop files here from your file manager, or use “Add files…”</source>
        <translation>Перетащите сюда файлы из файлового менеджера или нажмите «Добавить файлы…»</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aliassist/services/language.py" line="+19"/>
        <source>AliAssist does not speak {code}</source>
        <translation>AliAssist не поддерживает язык {code}</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/language_settings.py" line="+19"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies after a restart of AliAssist: close it (also from the tray) and start it again.</source>
        <translation>Применяется после перезапуска AliAssist: закройте программу (в том числе из трея) и запустите снова.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language from the next start</source>
        <translation>Язык со следующего запуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist speaks the language you chose from its next start. Close it (also from the tray) and start it again.</source>
        <translation>AliAssist будет использовать выбранный язык со следующего запуска. Закройте программу (в том числе из трея) и запустите снова.</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="+263"/>
        <source>Reading mail…</source>
        <translation>Чтение почты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the mail</source>
        <translation>Не удаётся прочитать почту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading mail cancelled: nothing was written.</source>
        <translation>Чтение почты отменено: ничего не записано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>E-mail import cancelled: nothing was written.</source>
        <translation>Импорт писем отменён: ничего не записано.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saving what the mail says…</source>
        <translation>Сохранение данных из писем…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written</source>
        <translation>Ничего не записано</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/mail_import.py" line="+37"/>
        <source>Placed</source>
        <extracomment>how a field is named to people, in the preview (marked for lupdate; shown through field_label, which translates them)</extracomment>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Номер отслеживания</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders would be updated, {created} created, {events} new events</source>
        <extracomment>the order is not stored: the import creates it, marked as from mail the new events (messages not read before), earliest first the platform&apos;s messages already read by an earlier import (they change nothing)</extracomment>
        <translation>Прочитано писем: {messages}, от платформы: {platform}; будет обновлено заказов: {updated}, создано: {created}, новых событий: {events}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders were updated, {created} created, {events} new events</source>
        <translation>Прочитано писем: {messages}, от платформы: {platform}; обновлено заказов: {updated}, создано: {created}, новых событий: {events}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {count} messages were read before</source>
        <translation>; прочитано ранее писем: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {count} skipped</source>
        <translation>; пропущено: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name at least one mail file or folder</source>
        <translation>укажите хотя бы один почтовый файл или папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mail found: no .eml file, mbox or Maildir folder</source>
        <translation>почта не найдена: нет ни файла .eml, ни mbox, ни папки Maildir</translation>
    </message>
</context>
<context>
    <name>MailPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-130"/>
        <source>Import e-mails — preview</source>
        <translation>Импорт писем — предпросмотр</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n message(s) read&lt;/b&gt;, {platform} from the platform.</source>
        <translation>
            <numerusform>&lt;b&gt;Прочитано %n письмо&lt;/b&gt;, от платформы: {platform}.</numerusform>
            <numerusform>&lt;b&gt;Прочитано %n письма&lt;/b&gt;, от платформы: {platform}.</numerusform>
            <numerusform>&lt;b&gt;Прочитано %n писем&lt;/b&gt;, от платформы: {platform}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) to update, {added} to add from mail, {events} new events</source>
        <translation>
            <numerusform>%n заказ к обновлению, {added} к добавлению из почты, новых событий: {events}</numerusform>
            <numerusform>%n заказа к обновлению, {added} к добавлению из почты, новых событий: {events}</numerusform>
            <numerusform>%n заказов к обновлению, {added} к добавлению из почты, новых событий: {events}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;Imported before, so they change nothing: %n message(s).</source>
        <translation>
            <numerusform>&lt;br&gt;Импортировано ранее, поэтому ничего не изменит: %n письмо.</numerusform>
            <numerusform>&lt;br&gt;Импортировано ранее, поэтому ничего не изменят: %n письма.</numerusform>
            <numerusform>&lt;br&gt;Импортировано ранее, поэтому ничего не изменят: %n писем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only dates the app left empty are filled; a date you entered is kept.</source>
        <translation>Заполняются только даты, которые приложение оставило пустыми; введённая вами дата сохраняется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the mail</source>
        <translation>Из письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes ({changes})</source>
        <translation>Изменения ({changes})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message or file</source>
        <translation>Письмо или файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Почему пропущено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped ({count})</source>
        <translation>Пропущено ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply changes</source>
        <translation>Применить изменения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (new, from mail)</source>
        <translation>  (новый, из почты)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event noted</source>
        <translation>Событие отмечено</translation>
    </message>
</context>
<context>
    <name>MailSourcesDialog</name>
    <message>
        <location line="-147"/>
        <source>Import e-mails</source>
        <translation>Импорт писем</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the mail</source>
        <translation>Прочитать почту</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mail files</source>
        <translation>Почтовые файлы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of mail</source>
        <translation>Папка с почтой</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+24"/>
        <source>Undo</source>
        <extracomment>emitted after every reload: the orders (may) have changed (the notifier re-plans) undo and redo of edits, deletions, dispute steps and evidence changes</extracomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order details</source>
        <translation>Сведения о заказе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sample orders</source>
        <extracomment>the buyer&apos;s own data while the window shows the sample database says the window shows sample orders, with the way back</extracomment>
        <translation>Примеры заказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sample orders&lt;/b&gt; — made up, in a separate database; your own orders are not here and nothing you do here touches them.</source>
        <translation>&lt;b&gt;Примеры заказов&lt;/b&gt; — вымышленные, в отдельной базе данных; ваших заказов здесь нет, и ничто из сделанного здесь их не затрагивает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+717"/>
        <source>&amp;Back to my orders</source>
        <translation>&amp;Вернуться к моим заказам</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>&amp;New order…</source>
        <extracomment>shown when the search and filters leave no order: says how to get them back other people&apos;s changes on a team database, refreshed as they are committed</extracomment>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order from its order page</source>
        <translation>Добавить заказ с его страницы заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Изменить заказ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected order (Enter in the orders table)</source>
        <translation>Изменить выбранный заказ (Enter в таблице заказов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete order</source>
        <translation>&amp;Удалить заказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected orders (can be undone)</source>
        <translation>Удалить выбранные заказы (можно отменить)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence…</source>
        <translation>&amp;Доказательства…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence checklist of the selected order</source>
        <translation>Список доказательств выбранного заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ssign…</source>
        <translation>Н&amp;азначить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected orders to a person (their deadline notices go to that person only)</source>
        <translation>Назначить выбранные заказы человеку (уведомления о сроках будут приходить только ему)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;orders…</source>
        <translation>Импорт &amp;заказов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an exporter&apos;s CSV, TSV or XLSX file (preview first)</source>
        <translation>Импортировать файл CSV, TSV или XLSX программы экспорта (сначала предпросмотр)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste orders</source>
        <translation>&amp;Вставить заказы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import rows copied from an exporter file or a spreadsheet (preview first)</source>
        <translation>Импортировать строки, скопированные из файла экспорта или электронной таблицы (сначала предпросмотр)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;e-mails…</source>
        <translation>Импорт &amp;писем…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read shipped, delivered and confirmed dates from the platform&apos;s e-mails in your mail files (preview first)</source>
        <translation>Прочитать даты отправки, доставки и подтверждения из писем платформы в ваших почтовых файлах (сначала предпросмотр)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;data file…</source>
        <translation>Импорт &amp;файла данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an AliAssist JSON data file</source>
        <translation>Импортировать файл данных AliAssist в формате JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export data file…</source>
        <translation>&amp;Экспорт файла данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every order and its evidence</source>
        <translation>Сохранить все заказы и их доказательства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, store, item or tracking</source>
        <translation>Искать заказы по номеру, магазину, товару или отслеживанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show all orders</source>
        <translation>&amp;Показать все заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Очистить поиск и фильтры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;pane</source>
        <translation>&amp;Панель заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the order pane</source>
        <translation>Показать или скрыть панель заказа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About AliAssist</source>
        <translation>&amp;О программе AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clocks mean, how to import, how the pre-check works</source>
        <translation>Что означают сроки, как импортировать, как работает предварительная проверка</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+581"/>
        <source>&amp;Try it with sample orders</source>
        <translation>&amp;Попробовать на примерах заказов</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>A separate database of made-up orders</source>
        <translation>Отдельная база данных с вымышленными заказами</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ort by</source>
        <translation>&amp;Сортировать по</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Descending</source>
        <translation>По &amp;убыванию</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n order(s) · {attention} need attention</source>
        <translation>
            <numerusform>%n заказ · требуют внимания: {attention}</numerusform>
            <numerusform>%n заказа · требуют внимания: {attention}</numerusform>
            <numerusform>%n заказов · требуют внимания: {attention}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+512"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-511"/>
        <source>{shown} of %n order(s)</source>
        <translation>
            <numerusform>{shown} из %n заказа</numerusform>
            <numerusform>{shown} из %n заказов</numerusform>
            <numerusform>{shown} из %n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “{words}”</source>
        <translation>Нет заказов, соответствующих «{words}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order matches these filters</source>
        <translation>Нет заказов, соответствующих этим фильтрам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}. Press Esc in the search box to clear it, or View ▸ Show all orders (Ctrl+Shift+A) to see every order.</source>
        <translation>{what}. Нажмите Esc в поле поиска, чтобы очистить его, или Вид ▸ Показать все заказы (Ctrl+Shift+A), чтобы увидеть все заказы.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pre-check blocks this dispute</source>
        <translation>Предварительная проверка блокирует этот спор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record anyway</source>
        <translation>Всё равно записать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date of order {number}</source>
        <translation>Введите дату заказа {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the date</source>
        <translation>Не удаётся сохранить дату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the date of order {number}</source>
        <translation>Дата заказа {number} сохранена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add order {number}</source>
        <translation>Добавить заказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit order {number}</source>
        <translation>Изменить заказ {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the order</source>
        <translation>Не удаётся сохранить заказ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved order {number}</source>
        <translation>Заказ {number} сохранён</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept {who}’s save of order {number}; your changes were dropped</source>
        <translation>Оставлено сохранение заказа {number} пользователем {who}; ваши изменения отброшены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the other save of order {number}; your changes were dropped</source>
        <translation>Оставлено другое сохранение заказа {number}; ваши изменения отброшены</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete order {number}</source>
        <translation>Удалить заказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted order {number}. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Заказ {number} удалён. Правка ▸ Отменить (Ctrl+Z) вернёт его.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Удалить %n заказ</numerusform>
            <numerusform>Удалить %n заказа</numerusform>
            <numerusform>Удалить %n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n order(s). Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Удалён %n заказ. Правка ▸ Отменить (Ctrl+Z) вернёт его.</numerusform>
            <numerusform>Удалено %n заказа. Правка ▸ Отменить (Ctrl+Z) вернёт их.</numerusform>
            <numerusform>Удалено %n заказов. Правка ▸ Отменить (Ctrl+Z) вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drop one file at a time; importing the first.</source>
        <translation>Перетаскивайте по одному файлу; импортируется первый.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;dispute…</source>
        <translation>Новый &amp;спор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a dispute on the selected order, pre-checked against the platform&apos;s rules</source>
        <translation>Подготовить спор по выбранному заказу с предварительной проверкой по правилам платформы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute &amp;steps…</source>
        <translation>&amp;Этапы спора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened to the selected order&apos;s disputes, and refunds or claims</source>
        <translation>Записать, что произошло со спорами выбранного заказа, а также возвраты и претензии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message to seller…</source>
        <translation>&amp;Сообщение продавцу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message to the seller or a review, checked as you type</source>
        <translation>Написать сообщение продавцу или отзыв с проверкой по мере ввода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export dispute &amp;packet…</source>
        <translation>Экспорт &amp;пакета для спора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP with the summary, the message, the evidence and a verifiable manifest</source>
        <translation>Один ZIP со сводкой, сообщением, доказательствами и проверяемым манифестом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispute</source>
        <translation>&amp;Спор</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute recorded on order {number}: watch its clocks.</source>
        <translation>Спор по заказу {number} записан: следите за его сроками.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the packet</source>
        <translation>Не удаётся экспортировать пакет</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote the dispute packet {path} (%n file(s) and a manifest)</source>
        <translation>
            <numerusform>Пакет для спора {path} записан (%n файл и манифест)</numerusform>
            <numerusform>Пакет для спора {path} записан (%n файла и манифест)</numerusform>
            <numerusform>Пакет для спора {path} записан (%n файлов и манифест)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the sample orders</source>
        <translation>Не удаётся открыть примеры заказов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing sample orders: Help ▸ Back to my orders returns to yours.</source>
        <translation>Показаны примеры заказов: Справка ▸ Вернуться к моим заказам возвращает к вашим.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to your orders.</source>
        <translation>Снова ваши заказы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{app} — sample orders</source>
        <translation>{app} — примеры заказов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to your orders first (Help ▸ Back to my orders)</source>
        <translation>Сначала вернитесь к своим заказам (Справка ▸ Вернуться к моим заказам)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot assign</source>
        <translation>Не удаётся назначить</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>order {number}</source>
        <translation>заказ {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign {what}</source>
        <translation>Назначить: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned {what} to {who}</source>
        <translation>Назначено ({what}): {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned {what} to nobody</source>
        <translation>Назначение снято ({what})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Buyer Protection deadlines, dispute pre-checks and evidence for {platform} orders.&lt;br&gt;&lt;br&gt;Policy {policy} {policy_version} ({policy_file})&lt;br&gt;Database: {database}&lt;br&gt;&lt;br&gt;Works offline: your orders, photos and disputes never leave this computer.</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Сроки Защиты покупателя, предварительная проверка споров и доказательства для заказов {platform}.&lt;br&gt;&lt;br&gt;Правила {policy} {policy_version} ({policy_file})&lt;br&gt;База данных: {database}&lt;br&gt;&lt;br&gt;Работает без интернета: ваши заказы, фото и споры никогда не покидают этот компьютер.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../aliassist/gui/dispute/message_editor.py" line="+52"/>
        <source>Message to seller — order {number}</source>
        <extracomment>with an order and a context, typed words are kept as the order&apos;s draft</extracomment>
        <translation>Сообщение продавцу — заказ {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to seller</source>
        <translation>Сообщение продавцу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what is wrong and what you ask for, politely and with facts. No links to other sites, no deals outside the platform, no review in exchange for anything. A review is checked the same way.</source>
        <translation>Напишите, что не так и чего вы просите, вежливо и по фактам. Никаких ссылок на другие сайты, никаких сделок вне платформы, никаких отзывов в обмен на что-либо. Отзыв проверяется так же.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Your message to the seller (or your review)</source>
        <translation>&amp;Ваше сообщение продавцу (или ваш отзыв)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing found: the message breaks none of the platform&apos;s message rules the app knows.</source>
        <translation>Ничего не найдено: сообщение не нарушает ни одного известного приложению правила платформы для сообщений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Message checks&lt;/b&gt; — as you type</source>
        <translation>&lt;b&gt;Проверки сообщения&lt;/b&gt; — по мере ввода</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language the greeting is written in. English is what sellers read best.</source>
        <extracomment>the language the greeting is written in (as the wizard&apos;s &quot;Draft language&quot;), apart from the window&apos;s: English by default, as sellers read it best</extracomment>
        <translation>Язык, на котором написано приветствие. Продавцы лучше всего понимают английский.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Язык черновика:</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Do not send this.&lt;/b&gt;&lt;/span&gt; Take out what blocks it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Не отправляйте это.&lt;/b&gt;&lt;/span&gt; Уберите то, что блокирует отправку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Read the warnings&lt;/b&gt;&lt;/span&gt; before you send it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Прочтите предупреждения&lt;/b&gt;&lt;/span&gt; перед отправкой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Fine to send.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Можно отправлять.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the text</source>
        <translation>Скопировать текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out what blocks it first</source>
        <translation>Сначала уберите то, что блокирует отправку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep your message as a draft?</source>
        <translation>Сохранить сообщение как черновик?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
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
        <translation>{table}: {source} -&gt; {target}  НЕСОВПАДЕНИЕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence {sha} {size} bytes: same SHA-256</source>
        <translation>доказательство {sha}, {size} байт: тот же SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence {sha} {size} bytes: MISMATCH (read back {got})</source>
        <translation>доказательство {sha}, {size} байт: НЕСОВПАДЕНИЕ (прочитано {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved {orders} and {files} to {target}: rows counted in every table and every evidence file&apos;s SHA-256 read back: {verdict}</source>
        <translation>{orders} и {files} перенесены в {target}: строки подсчитаны во всех таблицах, SHA-256 каждого файла доказательства прочитан повторно: {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+51"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательства</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is the database already open: choose another one to move to</source>
        <translation>это уже открытая база данных: выберите другую для переноса</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 evidence file the orders refer to is missing from this database&apos;s vault; nothing was copied</source>
        <translation>1 файл доказательства, на который ссылаются заказы, отсутствует в хранилище этой базы данных; ничего не скопировано</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evidence files the orders refer to are missing from this database&apos;s vault; nothing was copied</source>
        <translation>
            <numerusform>%n файл доказательства, на который ссылаются заказы, отсутствует в хранилище этой базы данных; ничего не скопировано</numerusform>
            <numerusform>%n файла доказательств, на которые ссылаются заказы, отсутствуют в хранилище этой базы данных; ничего не скопировано</numerusform>
            <numerusform>%n файлов доказательств, на которые ссылаются заказы, отсутствуют в хранилище этой базы данных; ничего не скопировано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>`aliassist verify-data` lists them; attach them again or detach them, then move the data</source>
        <translation>`aliassist verify-data` выводит их список; прикрепите их снова или открепите, затем перенесите данные</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already holds data ({orders}, {rows} rows in all); nothing was changed</source>
        <translation>уже содержит данные ({orders}, всего строк: {rows}); ничего не изменено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose an empty database, or add --replace to delete what it holds and put this database&apos;s data in its place</source>
        <translation>выберите пустую базу данных или добавьте --replace, чтобы удалить её содержимое и поместить на его место данные этой базы</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../aliassist/notify/delivery.py" line="+55"/>
        <source>Open AliAssist</source>
        <extracomment>Action keys sent with D-Bus notices</extracomment>
        <translation>Открыть AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Открыть заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all 1 day</source>
        <translation>Отложить все на 1 день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>Отложить на 1 день</translation>
    </message>
    <message>
        <location filename="../../aliassist/notify/texts.py" line="+51"/>
        <source>passed</source>
        <extracomment>how many notices a catch-up summary lists before &quot;and N more&quot; less than a day left for the most urgent notice</extracomment>
        <translation>истёк</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in less than an hour</source>
        <translation>менее чем через час</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {number} · {store}</source>
        <translation>Заказ {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <translation>Заказ {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Buyer Protection ended: you have %n day(s) to open a dispute</source>
        <translation>
            <numerusform>Защита покупателя закончилась: у вас есть %n день, чтобы открыть спор</numerusform>
            <numerusform>Защита покупателя закончилась: у вас есть %n дня, чтобы открыть спор</numerusform>
            <numerusform>Защита покупателя закончилась: у вас есть %n дней, чтобы открыть спор</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {time_left} and the parcel has not arrived</source>
        <translation>{label} {time_left}, а посылка не пришла</translation>
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
        <translation>{order}. {label}: {deadline}. {ask} или откройте спор сейчас. {help}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more in AliAssist</source>
        <translation>
            <numerusform>… и ещё %n в AliAssist</numerusform>
            <numerusform>… и ещё %n в AliAssist</numerusform>
            <numerusform>… и ещё %n в AliAssist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n срок требует внимания</numerusform>
            <numerusform>%n срока требуют внимания</numerusform>
            <numerusform>%n сроков требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time_left}: {label} (parcel not arrived)</source>
        <translation>{time_left}: {label} (посылка не пришла)</translation>
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
        <translation>Открыть заказ</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>Snooze 1 day</source>
        <translation>Отложить на 1 день</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open AliAssist</source>
        <translation>Открыть AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze all 1 day</source>
        <translation>Отложить все на 1 день</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../aliassist/gui/settings/notify_settings.py" line="+31"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days before a deadline at which AliAssist warns you, separated by commas. The platform rules suggest {policy_default}.</source>
        <translation>За сколько дней до срока AliAssist предупреждает вас, через запятую. Правила платформы предлагают {policy_default}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start minimised to the tray</source>
        <translation>Запускать свёрнутым в трей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start AliAssist when I log in</source>
        <translation>Запускать AliAssist при входе в систему</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes {location}</source>
        <translation>Записывает {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume now</source>
        <translation>Возобновить сейчас</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn this many days before a deadline:</source>
        <translation>Предупреждать за столько дней до срока:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications are on (pause them from the tray menu).</source>
        <translation>Уведомления включены (приостановить их можно из меню в трее).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications are paused until {time}.</source>
        <translation>Уведомления приостановлены до {time}.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../aliassist/services/notifications.py" line="+153"/>
        <source>{text} is not a whole number of days</source>
        <extracomment>log rows older than this past their deadline are not read back (they can&apos;t show again) int8 state codes (aliassist.domain.clocks.STATES) of every order the orders whose clocks this computer warns about</extracomment>
        <translation>{text} — не целое число дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>write them like 14, 7, 3, 1</source>
        <translation>пишите их так: 14, 7, 3, 1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{value} is out of range (1 to {most} days)</source>
        <translation>{value} вне допустимого диапазона (от 1 до {most} дней)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give at least one number of days</source>
        <translation>укажите хотя бы одно число дней</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot write the calendar: {problem}</source>
        <translation>не удалось записать календарь: {problem}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../aliassist/gui/operations.py" line="+62"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+50"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped</source>
        <translation>Не отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking says so)</source>
        <translation>Доставлен (по данным отслеживания)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the seller</source>
        <translation>Возвращён продавцу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Утерян</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <source>Seller responded</source>
        <translation>Продавец ответил</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Escalated</source>
        <translation>Передан платформе</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Return requested</source>
        <translation>Запрошен возврат товара</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+278"/>
        <source>Return shipped</source>
        <translation>Товар отправлен обратно</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Refunded</source>
        <translation>Средства возвращены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Full refund</source>
        <translation>Полный возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Частичный возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Чарджбэк по карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Претензия к платёжной системе</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order {number}</source>
        <translation>Заказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order sections</source>
        <translation>Разделы заказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery &amp;&amp; protection</source>
        <translation>Доставка &amp;&amp; защита</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10.00, in the order&apos;s currency</source>
        <translation>10.00, в валюте заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option / SKU</source>
        <translation>Вариант / SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, size, model</source>
        <translation>Цвет, размер, модель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product link</source>
        <translation>Ссылка на товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image link</source>
        <translation>Ссылка на изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add item</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items. Use “Add item”.</source>
        <translation>Товаров нет. Нажмите «Добавить товар».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add dispute</source>
        <translation>Добавить спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No disputes. Use “Add dispute”.</source>
        <translation>Споров нет. Нажмите «Добавить спор».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Платёжная система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paypal, visa, …</source>
        <translation>paypal, visa, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the order&apos;s currency</source>
        <translation>в валюте заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add payment</source>
        <translation>Добавить платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments. Use “Add payment”.</source>
        <translation>Платежей нет. Нажмите «Добавить платёж».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds &amp;&amp; claims</source>
        <translation>Возвраты &amp;&amp; претензии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add file</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files. Use “Add file”.</source>
        <translation>Файлов нет. Нажмите «Добавить файл».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files. Use “Add files…”.</source>
        <translation>Файлов нет. Нажмите «Добавить файлы…».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>8187000000000001 (from the order page)</source>
        <extracomment>what the editor must tell first (reopened after a refused save: whose change won)</extracomment>
        <translation>8187000000000001 (со страницы заказа)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional: which of your accounts</source>
        <translation>необязательно: какой из ваших аккаунтов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the order list shows it, e.g. Awaiting delivery</source>
        <translation>как в списке заказов, например «Ожидает доставки»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything you want to remember about this order</source>
        <translation>Всё, что вы хотите запомнить об этом заказе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Ссылка на магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Статус на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>shipped on</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tracking says delivered on</source>
        <translation>по отслеживанию доставлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirmed receipt on</source>
        <translation>получение подтверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming receipt completes the order: the dispute window then closes 15 days later.</source>
        <translation>Подтверждение получения завершает заказ: после этого срок открытия спора закрывается через 15 дней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lasts</source>
        <translation>длится</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days from shipping (or the order date)</source>
        <translation> дн. с отправки (или с даты заказа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends on</source>
        <translation>заканчивается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the order page shows it (“Protection ends: Mar 3”).</source>
        <translation>Как на странице заказа («Защита заканчивается: 3 мар.»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days added</source>
        <translation>Добавлено дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on</source>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>Продления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add extension</source>
        <translation>Добавить продление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No extensions. Use “Add extension”.</source>
        <translation>Продлений нет. Нажмите «Добавить продление».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n день</numerusform>
            <numerusform>+%n дня</numerusform>
            <numerusform>+%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Статус отслеживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Ссылка на отслеживание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection</source>
        <translation>Защита покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Предоставленные продления</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole order</source>
        <translation>Весь заказ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dispute</source>
        <translation>Без спора</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (received)</source>
        <translation>{reason} (получен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (not received)</source>
        <translation>{reason} (не получен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute id</source>
        <translation>ID спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute number</source>
        <translation>номер спора на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return tracking</source>
        <translation>Трек-номер возврата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedy</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund asked</source>
        <translation>Запрошенный возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a partial refund</source>
        <translation>для частичного возврата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Пункт списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add the file</source>
        <translation>Не удаётся добавить файл</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Order › Amount paid (currency)</source>
        <translation>Заказ › Оплачено (валюта)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount needs the order&apos;s currency (Order tab)</source>
        <translation>для суммы нужна валюта заказа (вкладка «Заказ»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order › Order number</source>
        <translation>Заказ › Номер заказа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items › {index} › Price</source>
        <translation>Товары › {index} › Цена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputes › {index} › Refund</source>
        <translation>Споры › {index} › Возврат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds › {index} › Amount</source>
        <translation>Возвраты › {index} › Сумма</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order › Amount paid</source>
        <translation>Заказ › Оплачено</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check the order</source>
        <translation>Проверьте заказ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;Fill in the order date to see its deadlines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Укажите дату заказа, чтобы увидеть его сроки.&lt;/i&gt;</translation>
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
        <translation>Экспорт заказов (*.csv *.tsv *.txt *.xlsx *.ods);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import orders</source>
        <extracomment>the dialogs of the import in progress (tests and screenshots reach them here)</extracomment>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clipboard holds no rows to import.</source>
        <translation>В буфере обмена нет строк для импорта.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing orders…</source>
        <translation>Импорт заказов…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot import this file</source>
        <translation>Не удаётся импортировать этот файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {index}</source>
        <translation>Столбец {index}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import: {summary}.</source>
        <translation>Импорт: {summary}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail import: {summary}.</source>
        <translation>Импорт писем: {summary}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a data file</source>
        <translation>Импорт файла данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json);;All files (*)</source>
        <translation>Данные AliAssist (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>Добавлен %n заказ, обновлено: {updated}, без изменений: {unchanged}.</numerusform>
            <numerusform>Добавлено %n заказа, обновлено: {updated}, без изменений: {unchanged}.</numerusform>
            <numerusform>Добавлено %n заказов, обновлено: {updated}, без изменений: {unchanged}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all data</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Данные AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>Записан %n заказ в {path}</numerusform>
            <numerusform>Записано %n заказа в {path}</numerusform>
            <numerusform>Записано %n заказов в {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="+69"/>
        <source>(you)</source>
        <extracomment>asks for the real value of an estimated field (order id, field), when the app can who saved the order last, and who recorded each dispute step (None: not read) the link that shows how each clock was reached texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>(вы)</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>Deadlines</source>
        <extracomment>the section boxes of the order shown now set by the window: asks for the real value of an estimated field set by the window: who saved the order and recorded its steps (order id) set by the window: asks whom to assign the order to (order id) the current user (ALIASSIST_NAME or the database role), None when not known</extracomment>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates to confirm</source>
        <translation>Даты для подтверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select an order to see its deadlines, items, tracking, disputes and payments.</source>
        <translation>Выберите заказ, чтобы увидеть его сроки, товары, отслеживание, споры и платежи.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: &lt;b&gt;{who}&lt;/b&gt;{you}</source>
        <translation>Назначен: &lt;b&gt;{who}&lt;/b&gt;{you}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: {who}</source>
        <translation>Назначен: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this order: its deadline notices go to that person only (to everyone while it is assigned to nobody)</source>
        <translation>Кто ведёт этот заказ: уведомления о его сроках получает только этот человек (все, пока заказ никому не назначен)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed {date}</source>
        <translation>оформлен {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number}</source>
        <translation>Заказ {number}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../aliassist/gui/workspace/orders_model.py" line="+41"/>
        <source>Order</source>
        <extracomment>What the table shows, the deadline facts first (a narrow window scrolls to the rest). The titles are translated where they are shown (`headerData`).</extracomment>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection ends</source>
        <translation>Защита заканчивается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute deadline</source>
        <translation>Срок для спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚑ %n dispute(s)</source>
        <translation>
            <numerusform>⚑ %n спор</numerusform>
            <numerusform>⚑ %n спора</numerusform>
            <numerusform>⚑ %n споров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All states</source>
        <extracomment>State filters: id -&gt; (label, state names). None shows every order. The labels are translated where they are shown (context &quot;OrdersModel&quot;).</extracomment>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Защита скоро закончится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last days to dispute</source>
        <translation>Последние дни для спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Истекли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dispute</source>
        <translation>В споре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Под защитой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates to confirm</source>
        <extracomment>not a state: the orders whose deadline rests on an estimate (OrderTable.estimated)</extracomment>
        <translation>Даты для подтверждения</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>
Closed: {reason}.</source>
        <extracomment>The account filter&apos;s value for orders without an account. the platform&apos;s zone, in which a date-only value is read back as its date the usual protection length, for the tooltip of an estimated deadline one text per order (number, store, every item title, tracking), casefolded; loaded on first search by `search_texts`, which the window sets why a closed order is closed (&quot;refunded in full&quot;), read when its tooltip shows; the window sets it</extracomment>
        <translation>
Закрыт: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>
⚑ %n dispute(s) recorded.</source>
        <translation>
            <numerusform>
⚑ Записан %n спор.</numerusform>
            <numerusform>
⚑ Записано %n спора.</numerusform>
            <numerusform>
⚑ Записано %n споров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> Next dispute clock: {date} (%n day(s) left).</source>
        <translation>
            <numerusform> Следующий срок спора: {date} (остался %n день).</numerusform>
            <numerusform> Следующий срок спора: {date} (осталось %n дня).</numerusform>
            <numerusform> Следующий срок спора: {date} (осталось %n дней).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Next dispute clock: {date} ({days} days left).</source>
        <translation> Следующий срок спора: {date} (осталось дней: {days}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the receipt date is an estimate (at the earliest: the export did not say when receipt was confirmed)</source>
        <translation>дата получения — оценка (самая ранняя возможная: в экспорте не указано, когда получение было подтверждено)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the protection length is the usual one (about %n day(s)), not the one on the order page</source>
        <translation>
            <numerusform>срок защиты взят обычный (около %n дня), а не со страницы заказа</numerusform>
            <numerusform>срок защиты взят обычный (около %n дней), а не со страницы заказа</numerusform>
            <numerusform>срок защиты взят обычный (около %n дней), а не со страницы заказа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
The deadline is an estimate: {what}. Select the order and choose “Enter the real date…” in the pane.</source>
        <translation>
Срок — оценка: {what}. Выберите заказ и нажмите «Указать точную дату…» на панели.</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <location filename="../../aliassist/packet/record.py" line="+18"/>
        <source>No steps recorded yet.</source>
        <extracomment>steps recorded outside the step table texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Шаги ещё не записаны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps recorded</source>
        <translation>Записанные шаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute was opened</source>
        <translation>спор открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed although the pre-check blocked it</source>
        <translation>подан, хотя предварительная проверка его блокировала</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Platform dispute id</source>
        <translation>ID спора на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (not recorded)</source>
        <translation>— (не записан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/packet/summary.py" line="+351"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../aliassist/packet/summary.py" line="-66"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/summary.py" line="-241"/>
        <source>BLOCKS</source>
        <translation>БЛОКИРУЕТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>ПРИМЕЧАНИЕ</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+87"/>
        <source>Dispute packet: order {number}</source>
        <translation>Пакет для спора: заказ {number}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by {app} {version} on {date} with the {platform} rules {policy_version}. The manifest lists the SHA-256 of every file, so you can show later that nothing was changed.</source>
        <translation>Создано программой {app} {version} {date} по правилам {platform} {policy_version}. Манифест содержит SHA-256 каждого файла, так что позже можно доказать, что ничего не было изменено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-check</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence checklist</source>
        <translation>Список доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking)</source>
        <translation>Доставлен (отслеживание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection length</source>
        <translation>Срок защиты</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s) (the usual length; not read from the order page)</source>
        <translation>
            <numerusform>около %n дня (обычный срок; не со страницы заказа)</numerusform>
            <numerusform>около %n дней (обычный срок; не со страницы заказа)</numerusform>
            <numerusform>около %n дней (обычный срок; не со страницы заказа)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection extended</source>
        <translation>Защита продлена</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n день</numerusform>
            <numerusform>+%n дня</numerusform>
            <numerusform>+%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+212"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reason</source>
        <extracomment>territories whose paper is US Letter; everyone else uses A4 texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>Требование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (this packet)</source>
        <translation>Сегодня (этот пакет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (спор {number})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>passed</source>
        <translation>истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>осталось меньше дня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order state: {state}. Times are in the buyer&apos;s local time.</source>
        <translation>Состояние заказа: {state}. Время указано по местному времени покупателя.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to file:</source>
        <translation>Готово к подаче:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing blocks this dispute.</source>
        <translation>ничто не блокирует этот спор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready:</source>
        <translation>Не готово:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pre-check found something the platform treats as abuse.</source>
        <translation>предварительная проверка нашла то, что платформа считает злоупотреблением.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported anyway</source>
        <translation>Всё равно экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the buyer&apos;s request; the manifest records the override.</source>
        <translation>по просьбе покупателя; манифест фиксирует это решение.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule {rule} · {source}</source>
        <translation>Правило {rule} · {source}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (required)</source>
        <translation>отсутствует (обязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing (recommended)</source>
        <translation>отсутствует (рекомендуется)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to capture</source>
        <translation>Что зафиксировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No evidence files are attached.</source>
        <translation>Файлы доказательств не прикреплены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VIDEO</source>
        <translation>ВИДЕО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order placed</source>
        <extracomment>&quot;passed&quot;, &quot;ahead&quot; or &quot;today&quot;</extracomment>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/archive.py" line="+167"/>
        <source>not a ZIP file (or a damaged one), so not a dispute packet</source>
        <extracomment>content that is already compressed: stored as is (deflating it again only costs time) the largest manifest read (a packet of thousands of files lists them in far less): a small ZIP may hold a manifest that inflates to gigabytes what reading a hostile entry can raise: damage, encryption (RuntimeError), an unknown compression method (NotImplementedError), broken headers names that stand more than once in the ZIP (a reader may show either copy)</extracomment>
        <translation>не файл ZIP (или повреждённый), поэтому не пакет для спора</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the packet: {strerror}</source>
        <translation>не удалось прочитать пакет: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a regular file, so not a packet</source>
        <translation>не обычный файл, поэтому не пакет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no {manifest}: not an AliAssist dispute packet</source>
        <translation>нет {manifest}: это не пакет для спора AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds {manifest} {value} times: it has been tampered with</source>
        <translation>содержит {manifest} {value} раз: пакет был подделан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} is {file_size} bytes; a packet&apos;s manifest is far smaller, so this is not an AliAssist packet</source>
        <translation>{manifest} имеет размер {file_size} байт; манифест пакета намного меньше, поэтому это не пакет AliAssist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} cannot be read ({value})</source>
        <translation>не удалось прочитать {manifest} ({value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} inflates beyond its stated size: not an AliAssist packet</source>
        <translation>{manifest} при распаковке превышает заявленный размер: это не пакет AliAssist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} cannot be read ({exc})</source>
        <translation>не удалось прочитать {manifest} ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} is nested too deeply: not an AliAssist packet manifest</source>
        <translation>{manifest} слишком глубоко вложен: это не манифест пакета AliAssist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{manifest} is not an AliAssist packet manifest</source>
        <translation>{manifest} — не манифест пакета AliAssist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{manifest} has no valid version</source>
        <translation>у {manifest} нет допустимой версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the packet was made by a newer AliAssist</source>
        <translation>пакет создан более новой версией AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update AliAssist to verify it</source>
        <translation>обновите AliAssist, чтобы проверить его</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is encrypted</source>
        <translation>оно зашифровано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown compression method</source>
        <translation>неизвестный метод сжатия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} has no list of files</source>
        <translation>в {manifest} нет списка файлов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{manifest} lists a file without a path</source>
        <translation>в {manifest} указан файл без пути</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/packet.py" line="+170"/>
        <source>is a folder; give a file name such as packet.zip</source>
        <extracomment>the longest file name inside the packet (Windows and old unzip tools stay happy) the files the manifest lists (the manifest itself not counted, as verify-packet counts)</extracomment>
        <translation>это папка; укажите имя файла, например packet.zip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence file {name} is missing from the vault</source>
        <translation>файл доказательства {name} отсутствует в хранилище</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the stored copy of {name} is damaged: its content no longer matches its SHA-256, so no packet was written</source>
        <translation>сохранённая копия {name} повреждена: её содержимое больше не совпадает с SHA-256, поэтому пакет не записан</translation>
    </message>
</context>
<context>
    <name>PacketExporter</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="+61"/>
        <source>Export dispute packet</source>
        <translation>Экспорт пакета для спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute packet (*.zip)</source>
        <translation>Пакет для спора (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pre-check blocks this dispute</source>
        <translation>Предварительная проверка блокирует этот спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking}

Filing it may count as abuse of Buyer Protection. Export the packet anyway? The manifest will record that you exported it despite the pre-check.</source>
        <translation>{blocking}

Подача такого спора может считаться злоупотреблением Защитой покупателя. Всё равно экспортировать пакет? Манифест зафиксирует, что вы экспортировали его вопреки предварительной проверке.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the dispute packet…</source>
        <translation>Экспорт пакета для спора…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The packet was not written</source>
        <translation>Пакет не записан</translation>
    </message>
</context>
<context>
    <name>RealDateDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/date_entry.py" line="+19"/>
        <source>Receipt confirmed</source>
        <extracomment>field -&gt; (dialog title, what to read on the order page)</extracomment>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you confirm receipt? The order page shows it under the order&apos;s details.</source>
        <translation>Когда вы подтвердили получение? Это указано на странице заказа в сведениях о заказе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When was the parcel delivered? The tracking page shows it.</source>
        <translation>Когда была доставлена посылка? Это видно на странице отслеживания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends</source>
        <translation>Защита заканчивается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When does Buyer Protection end? The order page shows the date under the order&apos;s status.</source>
        <translation>Когда заканчивается Защита покупателя? Дата указана на странице заказа под статусом заказа.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — order {number}</source>
        <translation>{title} — заказ {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now {qualifier}: {why}.</source>
        <translation>Сейчас {qualifier}: {why}.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../aliassist/gui/workspace/record_list.py" line="+69"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../aliassist/services/safety.py" line="+48"/>
        <source>the damaged database was moved aside to {path}</source>
        <extracomment>where a damaged database was moved before the restore, if it was evidence files the restored data refers to that are not in the vault</extracomment>
        <translation>повреждённая база данных перемещена в {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {backup}: {orders}</source>
        <translation>восстановлено {backup}: {orders}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data it replaced was saved as backup {kept} ({restore} {kept} brings it back)</source>
        <translation>заменённые данные сохранены как резервная копия {kept} ({restore} {kept} вернёт их)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: 1 evidence file this backup refers to is missing from the evidence vault</source>
        <translation>предупреждение: 1 файл доказательства, на который ссылается эта резервная копия, отсутствует в хранилище доказательств</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n evidence files this backup refers to are missing from the evidence vault</source>
        <translation>
            <numerusform>предупреждение: %n файл доказательства, на который ссылается эта резервная копия, отсутствует в хранилище доказательств</numerusform>
            <numerusform>предупреждение: %n файла доказательств, на которые ссылается эта резервная копия, отсутствуют в хранилище доказательств</numerusform>
            <numerusform>предупреждение: %n файлов доказательств, на которые ссылается эта резервная копия, отсутствуют в хранилище доказательств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no good backup to restore</source>
        <translation>нет исправной резервной копии для восстановления</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup named {name}</source>
        <translation>нет резервной копии с именем {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be restored: {problem}</source>
        <translation>нельзя восстановить: {problem}</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../aliassist/services/sample.py" line="+93"/>
        <source>this is already the sample database</source>
        <extracomment>The sample database&apos;s file, in the user data folder: never the buyer&apos;s own database.</extracomment>
        <translation>это уже демонстрационная база данных</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/save_conflict.py" line="+44"/>
        <source>Order number</source>
        <extracomment>how each field of an order is named in the table (the editor&apos;s words)</extracomment>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Ссылка на магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection (days)</source>
        <translation>Защита покупателя (дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends on</source>
        <translation>Защита покупателя заканчивается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Предоставленные продления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Статус отслеживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status updated</source>
        <translation>Статус отслеживания обновлён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Ссылка на отслеживание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Статус на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds and claims</source>
        <translation>Возвраты и претензии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates given without a time</source>
        <translation>Даты без времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date estimated</source>
        <translation>Дата получения — оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date estimated</source>
        <translation>Дата доставки — оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {number} was changed meanwhile</source>
        <extracomment>the longest text shown in a cell (the rest is in its tooltip)</extracomment>
        <translation>Заказ {number} тем временем изменён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Someone else saved order {number} while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Кто-то другой сохранил заказ {number}, пока вы его редактировали.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your values and theirs</source>
        <translation>Ваши значения и их значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}’s (saved)</source>
        <translation>{who} (сохранено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved)</source>
        <translation>Чужие (сохранены)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (not saved)</source>
        <translation>Ваши (не сохранены)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Keep theirs&lt;/b&gt;: drop your changes and show the order as it is saved now.&lt;br&gt;&lt;b&gt;Save mine over theirs&lt;/b&gt;: store your version; their values of the fields above are replaced.&lt;br&gt;&lt;b&gt;Edit again&lt;/b&gt;: reopen the editor with your values, to take over what you want of theirs; nothing you typed is lost.</source>
        <translation>&lt;b&gt;Оставить чужие&lt;/b&gt;: отбросить ваши изменения и показать заказ в том виде, в каком он сохранён сейчас.&lt;br&gt;&lt;b&gt;Сохранить мои поверх чужих&lt;/b&gt;: сохранить вашу версию; их значения полей выше будут заменены.&lt;br&gt;&lt;b&gt;Изменить снова&lt;/b&gt;: снова открыть редактор с вашими значениями, чтобы перенести нужное из их версии; ничего из введённого вами не потеряется.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep theirs</source>
        <translation>Оставить чужие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mine over theirs</source>
        <translation>Сохранить мои поверх чужих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit again</source>
        <translation>Изменить снова</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{who} saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>{who} сохранил(а) его {time} (версия {version}); вы открыли версию {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved it (version {version}); you opened version {expected}.</source>
        <translation>{who} сохранил(а) его (версия {version}); вы открыли версию {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>Кто-то другой сохранил его {time} (версия {version}); вы открыли версию {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it (version {version}); you opened version {expected}.</source>
        <translation>Кто-то другой сохранил его (версия {version}); вы открыли версию {expected}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Yours and theirs differ in %n field(s):</source>
        <translation>
            <numerusform>Ваша и их версии различаются в %n поле:</numerusform>
            <numerusform>Ваша и их версии различаются в %n полях:</numerusform>
            <numerusform>Ваша и их версии различаются в %n полях:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and theirs hold the same values.</source>
        <translation>Ваша и их версии содержат одинаковые значения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{saved} Your changes are not saved yet. {differ}</source>
        <translation>{saved} Ваши изменения ещё не сохранены. {differ}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} saved this order on {time} while you were editing it (version {version})</source>
        <translation>{who} сохранил(а) этот заказ {time}, пока вы его редактировали (версия {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this order while you were editing it (version {version})</source>
        <translation>{who} сохранил(а) этот заказ, пока вы его редактировали (версия {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order on {time} while you were editing it (version {version})</source>
        <translation>Кто-то другой сохранил этот заказ {time}, пока вы его редактировали (версия {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order while you were editing it (version {version})</source>
        <translation>Кто-то другой сохранил этот заказ, пока вы его редактировали (версия {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>ничем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are your values, not saved yet. {saved}; theirs differs from yours in: {fields}. Save stores what this editor shows.</source>
        <translation>Это ваши значения, ещё не сохранённые. {saved}; их версия отличается от вашей в полях: {fields}. «Сохранить» сохраняет то, что показывает этот редактор.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} (details differ)</source>
        <translation>{value} (подробности различаются)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no items</source>
        <translation>нет товаров</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, id {platform_id}</source>
        <translation>, ID {platform_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no disputes</source>
        <translation>нет споров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payments</source>
        <translation>нет платежей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no files</source>
        <translation>нет файлов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no extensions</source>
        <translation>нет продлений</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n день</numerusform>
            <numerusform>+%n дня</numerusform>
            <numerusform>+%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes ({how})</source>
        <translation>да ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: given</source>
        <translation>нет: указана</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../aliassist/services/imported_settings.py" line="+105"/>
        <source>expected the path of a policy file</source>
        <extracomment>remembered column mappings kept from one file at most (one per header ever mapped) the longest header signature or column name a remembered mapping may hold key -&gt; check returning what is wrong with a value (None when it is fine)</extracomment>
        <translation>ожидался путь к файлу правил</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/settings_dialog.py" line="+33"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform rules</source>
        <translation>Правила платформы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another policy file…</source>
        <translation>Использовать другой файл правил…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in rules</source>
        <translation>Использовать встроенные правила</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AliAssist applies the platform&apos;s rules from a policy file. When the platform changes its terms, load an edited copy.</source>
        <translation>AliAssist применяет правила платформы из файла правил. Когда платформа меняет свои условия, загрузите отредактированную копию.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>built-in</source>
        <translation>встроенные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: &lt;b&gt;{platform} rules {version}&lt;/b&gt; ({where})</source>
        <translation>Используются: &lt;b&gt;правила {platform} {version}&lt;/b&gt; ({where})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a policy file</source>
        <translation>Выберите файл правил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy files (*.toml)</source>
        <translation>Файлы правил (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This policy file cannot be used</source>
        <translation>Этот файл правил нельзя использовать</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This name cannot be kept</source>
        <translation>Это имя нельзя сохранить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This team database cannot be kept</source>
        <translation>Эту командную базу данных нельзя сохранить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings cannot be used</source>
        <translation>Эти настройки нельзя использовать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database from the next start</source>
        <translation>База данных со следующего запуска</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <location filename="../../aliassist/gui/desktop/show_in_folder.py" line="+29"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the exported file in its folder</source>
        <translation>Показать экспортированный файл в его папке</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open {parent} in the file manager</source>
        <translation>Открыть {parent} в файловом менеджере</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../aliassist/gui/theme.py" line="+16"/>
        <source>Last days to dispute</source>
        <translation>Последние дни для спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has completed; a dispute can still be opened until the dispute deadline.</source>
        <translation>Заказ завершён; спор ещё можно открыть до крайнего срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>Защита скоро закончится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends in the next few days (as many as your earliest reminder, 14 unless changed in Settings). Ask the seller to extend it, or open a dispute if something is wrong.</source>
        <translation>Защита покупателя закончится в ближайшие дни (столько, сколько в самом раннем напоминании; 14, если не изменено в настройках). Попросите продавца продлить её или откройте спор, если что-то не так.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In dispute</source>
        <translation>В споре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dispute is open: watch its clocks.</source>
        <translation>Спор открыт: следите за его сроками.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped yet; protection runs from the order date.</source>
        <translation>Ещё не отправлен; защита действует с даты заказа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Под защитой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection is running.</source>
        <translation>Защита покупателя действует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Истекли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute window has closed.</source>
        <translation>Срок для открытия спора истёк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled: a dispute was decided or the order was refunded.</source>
        <translation>Урегулирован: по спору принято решение или деньги за заказ возвращены.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-449"/>
        <source> (no longer matters)</source>
        <extracomment>the order&apos;s state, whose colour the running clocks&apos; bars take</extracomment>
        <translation> (уже не важно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the order&apos;s clocks</source>
        <translation>Хронология сроков заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today {date}.
{summary}</source>
        <translation>Сегодня {date}.
{summary}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>today {date}</source>
        <translation>сегодня {date}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../aliassist/gui/desktop/tray.py" line="+43"/>
        <source>1 hour</source>
        <extracomment>the tray badge colour of each state that needs the buyer (the calm ones get none) how long notifications can be paused (labels translated where shown: &quot;TrayController&quot;)</extracomment>
        <translation>1 час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 неделю</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pause notifications for…</source>
        <translation>Приостановить уведомления на…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume notifications</source>
        <translation>Возобновить уведомления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {app}</source>
        <translation>Открыть {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next deadlines</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No deadlines ahead</source>
        <translation>Предстоящих сроков нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking deadlines…</source>
        <translation>Проверка сроков…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume notifications (paused until {time})</source>
        <translation>Возобновить уведомления (приостановлены до {time})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: {deadline}</source>
        <translation>Следующий: {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications paused until {time}</source>
        <translation>Уведомления приостановлены до {time}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{app} keeps running</source>
        <translation>{app} продолжает работать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} keeps running in the tray so it can warn you before a deadline passes. Click the tray icon to open the window again; choose Quit in its menu to stop.</source>
        <translation>{app} продолжает работать в трее, чтобы предупредить вас до истечения срока. Щёлкните значок в трее, чтобы снова открыть окно; чтобы остановить программу, выберите «Выход» в его меню.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../aliassist/services/undo.py" line="+91"/>
        <source>order {number} has changed since</source>
        <translation>заказ {number} с тех пор изменился</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another order now has the number {value}</source>
        <translation>теперь номер {value} у другого заказа</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../aliassist/gui/undo.py" line="+62"/>
        <source>&amp;Undo</source>
        <extracomment>the orders an undo or redo changed (the window reloads and selects them), and what was done (&quot;Undone: Edit order 8187…&quot;) an undo or redo could not be done: what was wrong (nothing changed)</extracomment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot undo “{step}”: {error}</source>
        <extracomment>evidence files some recorded state refers to: kept in the vault until released</extracomment>
        <translation>Не удаётся отменить «{step}»: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>Не удаётся повторить «{step}»: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: {step}</source>
        <translation>Отменено: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: {step}</source>
        <translation>Повторено: {step}</translation>
    </message>
</context>
<context>
    <name>YouGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/you_settings.py" line="+23"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name marks the changes you make (the order pane&apos;s History) and the orders assigned to you: Mine shows them, and their deadline notices come to you only.</source>
        <translation>Ваше имя отмечает сделанные вами изменения (история на панели заказа) и назначенные вам заказы: фильтр «Мои» показывает их, и уведомления об их сроках приходят только вам.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The environment variable {variable} sets it now: &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Сейчас его задаёт переменная окружения {variable}: &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the database role, &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Пусто: роль базы данных, &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your changes are not named, and Mine is off.</source>
        <translation>Пусто: ваши изменения не подписываются, и фильтр «Мои» отключён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the database role on a team database; on this computer&apos;s file, none.</source>
        <translation>Пусто: роль базы данных в командной базе; для файла на этом компьютере — нет.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../aliassist/cli/help_text.py" line="+29"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words the app&apos;s command line can print (argparse looks them up with gettext; `use_argparse_words` sends the lookup here, context &quot;argparse&quot;)</extracomment>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>требуются следующие аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного аргумента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать с аргументом %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может соответствовать %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестный анализатор %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>явный аргумент %r проигнорирован</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aliassist/cli/__init__.py" line="+51"/>
        <source>warning: {warning}</source>
        <extracomment>The years `--now` may pin the clock to: deadlines a few years past it must still be dates.</extracomment>
        <translation>предупреждение: {warning}</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the window is started by `aliassist` itself; name a command here</source>
        <translation>окно запускается самой командой `aliassist`; укажите здесь команду</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1 is missing: messages stay in English (run `make translations-build`)</source>
        <translation>предупреждение: отсутствует %1: сообщения остаются на английском (выполните `make translations-build`)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/data.py" line="+38"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>создано: {created}, обновлено: {updated}, без изменений: {unchanged}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>wrote %n order(s) to {file}</source>
        <translation>
            <numerusform>записан %n заказ в {file}</numerusform>
            <numerusform>записано %n заказа в {file}</numerusform>
            <numerusform>записано %n заказов в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/disputes.py" line="+62"/>
        <location filename="../../aliassist/cli/help_strings.py" line="+81"/>
        <source>the language to write the description in: en (the default: sellers read it best), ru, es, pt_BR, fr, de or pl</source>
        <extracomment>A message or description file larger than this is not a message.</extracomment>
        <translation>язык описания: en (по умолчанию: продавцы лучше всего понимают английский), ru, es, pt_BR, fr, de или pl</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>is a folder, not a text file</source>
        <translation>это папка, а не текстовый файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: {error}</source>
        <translation>не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large for a message (more than {size} bytes)</source>
        <translation>слишком большой для сообщения (больше {size} байт)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в UTF-8</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>READY</source>
        <translation>ГОТОВО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT READY</source>
        <translation>НЕ ГОТОВО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking} blocking, {warnings}</source>
        <translation>блокирующих: {blocking}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {reason} · {verdict} ({counts})</source>
        <translation>Заказ {number} · {reason} · {verdict} ({counts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (спор {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/orders.py" line="+144"/>
        <source>CLOCK</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>AT</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../aliassist/cli/orders.py" line="-56"/>
        <location line="+55"/>
        <source>DAYS LEFT</source>
        <translation>ОСТАЛОСЬ ДНЕЙ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about: {subject}</source>
        <translation>о чём: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instead: {fix}</source>
        <translation>вместо этого: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source: {source}</source>
        <translation>источник: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLOCK</source>
        <extracomment>what a finding&apos;s severity is called in the text output</extracomment>
        <translation>БЛОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>ПРЕДУПР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INFO</source>
        <translation>ИНФО</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message is empty</source>
        <translation>сообщение пустое</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message: NOT OK</source>
        <translation>Сообщение: НЕ В ПОРЯДКЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: OK with warnings</source>
        <translation>Сообщение: в порядке, есть предупреждения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message: OK, nothing found</source>
        <translation>Сообщение: в порядке, ничего не найдено</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order {number} has no disputes</source>
        <translation>по заказу {number} нет споров</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, item {item}</source>
        <translation>, товар {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute {number}{platform_id}: {reason}{item} · {status}</source>
        <translation>Спор {number}{platform_id}: {reason}{item} · {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STEP</source>
        <translation>ЭТАП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BY</source>
        <translation>КТО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {deadline} (running)</source>
        <translation>{clock}: {deadline} (идёт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{clock}: {deadline} (stopped)</source>
        <translation>{clock}: {deadline} (остановлен)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your words were shortened to fit the form&apos;s {limit} characters; shorten them yourself to choose what stays</source>
        <translation>ваш текст сокращён до {limit} символов формы; сократите его сами, чтобы выбрать, что останется</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>removed the step {step} of {at}</source>
        <translation>удалён этап {step} от {at}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order {number}, dispute {dispute}: {status} ({at})</source>
        <translation>Заказ {number}, спор {dispute}: {status} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {kind} of {amount} recorded</source>
        <translation>; записано: {kind} на {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next steps: {commands}</source>
        <translation>Следующие шаги: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refund</source>
        <extracomment>how the text output names a kind of payment</extracomment>
        <translation>возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial refund</source>
        <translation>частичный возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chargeback</source>
        <translation>чарджбэк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider claim</source>
        <translation>претензия к платёжной системе</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order {number}: {kind} of {amount} recorded ({at})</source>
        <translation>Заказ {number}: записано: {kind} на {amount} ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}: {kind} recorded ({at})</source>
        <translation>Заказ {number}: записано: {kind} ({at})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/evidence.py" line="+83"/>
        <source>complete</source>
        <translation>полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>не хватает обязательных доказательств</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommended</source>
        <translation>рекомендуется</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ITEM</source>
        <translation>ПУНКТ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEED</source>
        <translation>НУЖНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>ЧТО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILES</source>
        <translation>ФАЙЛЫ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>already attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>уже прикреплено: {name} как доказательство {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>прикреплено: {name} как доказательство {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the same file as evidence {index}, now counted for this item too</source>
        <translation>; тот же файл, что и доказательство {index}, теперь учитывается и для этого пункта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: {name}: {title}. {message}</source>
        <translation>предупреждение: {name}: {title}. {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: {name} holds the GPS position where it was taken; packets leave it out of their copy (packet --keep-location keeps it); the vault keeps the file as it is</source>
        <translation>предупреждение: {name} содержит GPS-координаты места съёмки; пакеты исключают их из своей копии (packet --keep-location сохраняет их); хранилище хранит файл как есть</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no evidence yet: `aliassist attach {number} FILE --kind own_photo`</source>
        <translation>у заказа {number} пока нет доказательств: `aliassist attach {number} FILE --kind own_photo`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MISSING from the vault</source>
        <translation>ОТСУТСТВУЕТ в хранилище</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKLIST</source>
        <translation>СПИСОК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE</source>
        <translation>СПОР</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/cli/safety.py" line="+100"/>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAKEN</source>
        <translation>СНЯТО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARNINGS</source>
        <translation>ПРЕДУПРЕЖДЕНИЯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{index} {name}: missing. The vault no longer holds this file: attach it again, or detach it.</source>
        <translation>{index} {name}: отсутствует. В хранилище больше нет этого файла: прикрепите его снова или открепите.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stored copy deleted</source>
        <translation>сохранённая копия удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: a backup lists it</source>
        <translation>сохранённая копия оставлена: на неё ссылается резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: other evidence uses it</source>
        <translation>сохранённая копия оставлена: её используют другие доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {name} ({fate})</source>
        <translation>удалено: {name} ({fate})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/help_strings.py" line="-69"/>
        <source>AliAssist: Buyer Protection deadlines, dispute pre-checks, evidence and dispute packets for AliExpress orders. Without a command, opens the window.</source>
        <translation>AliAssist: сроки Защиты покупателя, предварительная проверка споров, доказательства и пакеты для спора для заказов AliExpress. Без команды открывает окно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window offscreen on a temporary database with sample orders and exit 0 if it shows them (for packagers)</source>
        <translation>открыть окно вне экрана на временной базе с примерами заказов и завершиться с кодом 0, если оно их показывает (для сборщиков пакетов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SQLite database file (default: in your user data folder; or set ALIASSIST_DB)</source>
        <translation>файл базы данных SQLite (по умолчанию: в папке пользовательских данных; или задайте ALIASSIST_DB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team database (postgresql+psycopg://name@host/db; the password from ~/.pgpass) or any SQLAlchemy URL instead of --db; or set ALIASSIST_DATABASE_URL</source>
        <translation>командная база данных (postgresql+psycopg://name@host/db; пароль из ~/.pgpass) или любой URL SQLAlchemy вместо --db; или задайте ALIASSIST_DATABASE_URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy of the platform policy file</source>
        <translation>отредактированная копия файла правил платформы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin the clock for every command (2026-03-05 or 2026-03-05T14:00:00Z)</source>
        <translation>зафиксировать время для каждой команды (2026-03-05 или 2026-03-05T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages, tables and the window: en, ru, es, pt_BR, fr, de, pl (default: ALIASSIST_LANG, else the choice in Settings, else the system&apos;s; JSON never changes)</source>
        <translation>язык сообщений, таблиц и окна: en, ru, es, pt_BR, fr, de, pl (по умолчанию: ALIASSIST_LANG, иначе выбор в настройках, иначе язык системы; JSON никогда не меняется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list orders with their clocks</source>
        <translation>список заказов с их сроками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign an order to a person</source>
        <translation>назначить заказ человеку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadlines coming up</source>
        <translation>ближайшие сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a JSON data file</source>
        <translation>импортировать файл данных JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export everything to a JSON data file</source>
        <translation>экспортировать всё в файл данных JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-check a dispute before you file it</source>
        <translation>предварительно проверить спор перед подачей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a message to the seller or a review</source>
        <translation>проверить сообщение продавцу или отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute&apos;s steps; list and draft disputes</source>
        <translation>записать этапы спора; список и черновики споров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence checklist of a dispute reason</source>
        <translation>список доказательств для причины спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy evidence files into the vault for an order</source>
        <translation>скопировать файлы доказательств в хранилище для заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list an order&apos;s evidence with the checks&apos; warnings</source>
        <translation>список доказательств заказа с предупреждениями проверок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove evidence from an order</source>
        <translation>удалить доказательства из заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the deadline warnings due now</source>
        <translation>показать предупреждения о сроках, актуальные сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the deadlines as an .ics calendar</source>
        <translation>экспортировать сроки в календарь .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a dispute packet (ZIP)</source>
        <translation>экспортировать пакет для спора (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a packet against its manifest</source>
        <translation>проверить пакет по его манифесту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a backup of the database now</source>
        <translation>создать резервную копию базы данных сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the backups of the database</source>
        <translation>список резервных копий базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the data with a backup</source>
        <translation>заменить данные резервной копией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database and the evidence files</source>
        <translation>проверить базу данных и файлы доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all your data (needs --yes)</source>
        <translation>удалить все ваши данные (требуется --yes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from an exporter file</source>
        <translation>импортировать заказы из файла программы экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read order dates from the platform&apos;s e-mails</source>
        <translation>прочитать даты заказов из писем платформы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the database and its evidence to another database</source>
        <translation>скопировать базу данных и её доказательства в другую базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every stored order with its protection end, dispute deadline, days left and state.</source>
        <translation>Вывести все сохранённые заказы с окончанием защиты, сроком для спора, оставшимися днями и состоянием.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON (every stored field)</source>
        <translation>вывести JSON (все сохранённые поля)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the orders assigned to you (ALIASSIST_NAME, or your database role on a team database)</source>
        <translation>только заказы, назначенные вам (ALIASSIST_NAME или ваша роль в командной базе данных)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the order to NAME (&quot;me&quot;: yourself, that is ALIASSIST_NAME or your database role on a team database); without NAME, to nobody. Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Назначить заказ человеку NAME («me» — вам самим, то есть ALIASSIST_NAME или вашей роли в командной базе данных); без NAME — никому. Уведомления о сроках назначенного заказа получает только этот человек; если заказ никому не назначен, предупреждаются все.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who looks after the order (&quot;me&quot; for yourself); leave out to unassign</source>
        <translation>кто ведёт заказ («me» — вы сами); не указывайте, чтобы снять назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clocks not yet passed that fall within the window, earliest first: of the orders assigned to you or to nobody (every order while your name is not known).</source>
        <translation>Ещё не наступившие сроки, попадающие в окно, сначала ближайшие: для заказов, назначенных вам или никому (все заказы, пока ваше имя неизвестно).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days ahead to look (default 14)</source>
        <translation>на сколько дней вперёд смотреть (по умолчанию 14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people</source>
        <translation>также заказы, назначенные другим людям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from an AliAssist data file (format aliassist-data, version 1). Same platform and order number update, never duplicate; the whole file goes in as one transaction, or nothing does.</source>
        <translation>Импортировать заказы из файла данных AliAssist (формат aliassist-data, версия 1). Заказы с той же платформой и номером обновляются, а не дублируются; весь файл загружается одной транзакцией или не загружается вовсе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the report as JSON</source>
        <translation>вывести отчёт в формате JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every order to a data file, and the evidence files into a folder beside it (FILE-evidence/).</source>
        <translation>Записать все заказы в файл данных, а файлы доказательств — в папку рядом с ним (FILE-evidence/).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a planned dispute against the platform&apos;s forbidden abuses and the message rules. Exit 0 when nothing blocks it, 1 when something does, 2 for bad input.</source>
        <translation>Проверить планируемый спор на запрещённые платформой злоупотребления и правила сообщений. Код выхода 0, если ничего не блокирует, 1 — если блокирует, 2 — при неверных входных данных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (not_received, not_as_described, ...)</source>
        <translation>причина спора (not_received, not_as_described, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item, counted from 0 (default: the whole order)</source>
        <translation>товар, считая от 0 (по умолчанию: весь заказ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full_refund, partial_refund (with --amount) or return_and_refund</source>
        <translation>full_refund, partial_refund (с --amount) или return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partial refund you ask for, e.g. 5.00</source>
        <translation>запрашиваемый частичный возврат, например 5.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the text from a UTF-8 file (- for standard input)</source>
        <translation>прочитать текст из файла в UTF-8 (- для стандартного ввода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the message checks (review threats, links, deals outside the platform, abusive language, reviews for something) on a text. Exit 0 when nothing blocks it, 1 when something does.</source>
        <translation>Выполнить проверки сообщения (угрозы отзывом, ссылки, сделки вне платформы, оскорбления, отзывы в обмен на что-либо) для текста. Код выхода 0, если ничего не блокирует, 1 — если блокирует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes are named by the order number and the dispute: its number in the order (dispute 1, 2, ...) or the platform&apos;s dispute id. The dispute may be left out when the order has one (or only one running).</source>
        <translation>Споры обозначаются номером заказа и спором: его номером в заказе (спор 1, 2, ...) или ID спора на платформе. Спор можно не указывать, если в заказе он один (или идёт только один).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order&apos;s disputes, steps and clocks</source>
        <translation>споры заказа, их этапы и сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft the description to file from the order&apos;s facts</source>
        <translation>составить описание для подачи из фактов заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute you filed on the platform</source>
        <translation>записать спор, поданный на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the seller answered the dispute</source>
        <translation>записать, что продавец ответил на спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you escalated the dispute to the platform</source>
        <translation>записать, что вы передали спор платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform asked for the item back</source>
        <translation>записать, что платформа попросила вернуть товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you shipped the item back</source>
        <translation>записать, что вы отправили товар обратно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the money came back (records the refund as a payment)</source>
        <translation>записать, что деньги вернулись (возврат записывается как платёж)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform decided against you</source>
        <translation>записать, что платформа решила не в вашу пользу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you cancelled the dispute</source>
        <translation>записать, что вы отменили спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the dispute is over</source>
        <translation>записать, что спор завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back the last step recorded on a dispute (by mistake)</source>
        <translation>отменить последний этап, записанный в споре (по ошибке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a refund, chargeback or payment-provider claim</source>
        <translation>записать возврат средств, чарджбэк или претензию к платёжной системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a dispute description from the order&apos;s facts (dates, item, tracking) and your own words (--text), within the form&apos;s length limit.</source>
        <translation>Составить описание спора из фактов заказа (даты, товар, отслеживание) и ваших собственных слов (--text) в пределах допустимой длины формы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a dispute as opened. The pre-check runs first: when it blocks, nothing is recorded (exit 1) unless --force (the dispute is already filed).</source>
        <translation>Записать спор как открытый. Сначала выполняется предварительная проверка: если она блокирует, ничего не записывается (код выхода 1), если не указан --force (спор уже подан).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute id</source>
        <translation>ID спора на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was opened (default: now)</source>
        <translation>когда он был открыт (по умолчанию: сейчас)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record it even when the pre-check blocks it</source>
        <translation>записать, даже если предварительная проверка блокирует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the seller answered the dispute.</source>
        <translation>Записать, что продавец ответил на спор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number (from 1) or platform dispute id</source>
        <translation>номер (с 1) или ID спора на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it happened (default: now)</source>
        <translation>когда это произошло (по умолчанию: сейчас)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with the step</source>
        <translation>примечание, сохраняемое с этапом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you escalated the dispute to the platform.</source>
        <translation>Записать, что вы передали спор платформе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform asked for the item back.</source>
        <translation>Записать, что платформа попросила вернуть товар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>трек-номер обратной посылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you shipped the item back.</source>
        <translation>Записать, что вы отправили товар обратно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the money came back (records the refund as a payment).</source>
        <translation>Записать, что деньги вернулись (возврат записывается как платёж).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount refunded (default: everything paid, less refunds already received)</source>
        <translation>возвращённая сумма (по умолчанию: всё оплаченное за вычетом уже полученных возвратов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform decided against you.</source>
        <translation>Записать, что платформа решила не в вашу пользу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you cancelled the dispute.</source>
        <translation>Записать, что вы отменили спор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the dispute is over.</source>
        <translation>Записать, что спор завершён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last step recorded on a dispute: its status and dates become what the earlier steps made them, and the refund a `refunded` step recorded goes too.</source>
        <translation>Удалить последний этап, записанный в споре: его статус и даты станут такими, какими их сделали предыдущие этапы, а возврат, записанный этапом `refunded`, тоже удаляется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record money that came back or was claimed outside a dispute step. A chargeback or provider claim blocks any later dispute on the order.</source>
        <translation>Записать деньги, которые вернулись или были востребованы вне этапа спора. Чарджбэк или претензия к платёжной системе блокирует любой последующий спор по заказу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund, partial_refund, chargeback or provider_claim</source>
        <translation>refund, partial_refund, chargeback или provider_claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal, your card issuer, ...</source>
        <translation>PayPal, банк-эмитент вашей карты, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute it belongs to, if any</source>
        <translation>спор, к которому это относится, если есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default: now)</source>
        <translation>когда (по умолчанию: сейчас)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence to capture for a dispute reason, each item with whether the order&apos;s files fill it. Exit 1 while a required item is missing.</source>
        <translation>Доказательства, которые нужно собрать для причины спора, с отметкой по каждому пункту, покрывают ли его файлы заказа. Код выхода 1, пока не хватает обязательного пункта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (policy id, e.g. not_as_described); default: the reason of --dispute</source>
        <translation>причина спора (ID в правилах, например not_as_described); по умолчанию: причина из --dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the files of the order&apos;s dispute N (from 1) too</source>
        <translation>учитывать также файлы спора N заказа (с 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files into the evidence vault (stored once by SHA-256, never changed) and attach them to an order. Every file is checked first; if one is unfit, nothing is attached.</source>
        <translation>Скопировать файлы в хранилище доказательств (хранятся один раз по SHA-256, никогда не изменяются) и прикрепить их к заказу. Сначала проверяется каждый файл; если хоть один не подходит, ничего не прикрепляется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files are: own_photo, own_video, listing_capture, tracking_capture, chat_capture or document</source>
        <translation>что это за файлы: own_photo, own_video, listing_capture, tracking_capture, chat_capture или document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checklist item they fill</source>
        <translation>пункт списка, который они закрывают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to the order&apos;s dispute N (from 1) rather than the whole order</source>
        <translation>прикрепить к спору N заказа (с 1), а не ко всему заказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with each file</source>
        <translation>примечание, сохраняемое с каждым файлом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was attached as JSON</source>
        <translation>вывести прикреплённое в формате JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file attached to an order, with the warnings of the evidence checks (photo taken before delivery, looks like the seller&apos;s picture, unfit for upload).</source>
        <translation>Все файлы, прикреплённые к заказу, с предупреждениями проверок доказательств (фото сделано до доставки, похоже на фото продавца, не подходит для загрузки).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the order-level files and those of dispute N (from 1)</source>
        <translation>только файлы уровня заказа и файлы спора N (с 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove files from an order&apos;s evidence. The stored copy is deleted only when no order refers to it any more.</source>
        <translation>Удалить файлы из доказательств заказа. Сохранённая копия удаляется, только когда на неё больше не ссылается ни один заказ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an index as `evidence` lists it, a file name, or the start of a SHA-256</source>
        <translation>индекс, как его показывает `evidence`, имя файла или начало SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the warnings due now (one catch-up summary when several are due) and log them as shown, so neither this command nor the window repeats them. For cron or Task Scheduler.</source>
        <translation>Вывести предупреждения, актуальные сейчас (одну сводку, если их несколько), и отметить их как показанные, чтобы ни эта команда, ни окно их не повторяли. Для cron или Планировщика заданий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check once and exit (required: the window&apos;s tray does the schedule)</source>
        <translation>проверить один раз и выйти (обязательно: расписанием занимается трей окна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what is due without logging it as shown</source>
        <translation>вывести актуальное, не отмечая как показанное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one calendar event per running clock (DTSTART in UTC) with an alarm at each warning threshold. Event UIDs stay the same across exports, so importing a newer file updates the events instead of duplicating them.</source>
        <translation>Записать одно событие календаря на каждый идущий срок (DTSTART в UTC) с напоминанием на каждом пороге предупреждения. UID событий не меняются между экспортами, поэтому импорт более нового файла обновляет события, а не дублирует их.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calendar file to write</source>
        <translation>файл календаря для записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people (without it: the orders assigned to you or to nobody)</source>
        <translation>также заказы, назначенные другим людям (без этого: заказы, назначенные вам или никому)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one ZIP with summary.pdf, message.txt (the description to paste), the evidence files named by checklist item, and manifest.json with the SHA-256 of every file. Refused (exit 1, nothing written) when the pre-check blocks the dispute, unless --force; the manifest then records the override.</source>
        <translation>Записать один ZIP с summary.pdf, message.txt (описание для вставки), файлами доказательств, названными по пунктам списка, и manifest.json с SHA-256 каждого файла. Отказ (код выхода 1, ничего не записывается), если предварительная проверка блокирует спор, если не указан --force; тогда манифест фиксирует это решение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recorded dispute: its number (from 1) or the platform&apos;s id</source>
        <translation>записанный спор: его номер (с 1) или ID на платформе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned dispute&apos;s reason</source>
        <translation>причина планируемого спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the item, counted from 0</source>
        <translation>(планируемый) товар, считая от 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) full_refund, partial_refund (with --amount), return_and_refund</source>
        <translation>(планируемый) full_refund, partial_refund (с --amount), return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the partial refund asked</source>
        <translation>(планируемый) запрашиваемый частичный возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the packet</source>
        <translation>куда записать пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it even though the pre-check blocks the dispute</source>
        <translation>записать, даже если предварительная проверка блокирует спор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary&apos;s paper size (default: by your locale)</source>
        <translation>формат бумаги для сводки (по умолчанию: по вашей локали)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the GPS position photos may hold (by default the packet&apos;s copies leave it out; the vault keeps the originals)</source>
        <translation>сохранить GPS-координаты, которые могут быть в фото (по умолчанию копии в пакете их не содержат; хранилище хранит оригиналы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was written as JSON</source>
        <translation>вывести записанное в формате JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of every file in a dispute packet and report files that changed, are missing or were added. Exit 0 when all match, 1 otherwise.</source>
        <translation>Пересчитать SHA-256 каждого файла в пакете для спора и сообщить об изменённых, отсутствующих или добавленных файлах. Код выхода 0, если всё совпадает, иначе 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the database into its backups folder (beside it) now. Backups are also made at start (once a day) and before every upgrade; 7 daily and 4 weekly ones are kept.</source>
        <translation>Скопировать базу данных в папку резервных копий (рядом с ней) сейчас. Резервные копии также создаются при запуске (раз в день) и перед каждым обновлением; хранятся 7 ежедневных и 4 еженедельных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the backup as JSON</source>
        <translation>вывести резервную копию в формате JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database, newest first. Works even when the database itself is damaged.</source>
        <translation>Вывести резервные копии базы данных, начиная с новейших. Работает, даже если сама база данных повреждена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the list as JSON</source>
        <translation>вывести список в формате JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database&apos;s content with a backup. The data it replaces is saved as a backup first, so a restore can be undone. A damaged database is moved aside, never overwritten.</source>
        <translation>Заменить содержимое базы данных резервной копией. Заменяемые данные сначала сохраняются как резервная копия, поэтому восстановление можно отменить. Повреждённая база данных перемещается в сторону и никогда не перезаписывается.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name from `aliassist backups`, `latest` (the newest good one), or the path of a backup file</source>
        <translation>имя из `aliassist backups`, `latest` (новейшая исправная) или путь к файлу резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run SQLite&apos;s full integrity check and check every evidence file the orders refer to (present, and unchanged since it was stored). Exit 1 when something is wrong.</source>
        <translation>Выполнить полную проверку целостности SQLite и проверить каждый файл доказательств, на который ссылаются заказы (есть ли он и не изменился ли с момента сохранения). Код выхода 1, если что-то не так.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that evidence files exist without reading their content</source>
        <translation>проверить наличие файлов доказательств, не читая их содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the database, the evidence vault, the backups and any damaged copies. Files you exported (data files, dispute packets) are not touched. Without --yes, only shows what would be deleted. Make a portable copy first with `aliassist export-data FILE.json` if you may want it back.</source>
        <translation>Удалить базу данных, хранилище доказательств, резервные копии и все повреждённые копии. Экспортированные вами файлы (файлы данных, пакеты для спора) не затрагиваются. Без --yes только показывает, что будет удалено. Если данные могут понадобиться, сначала создайте переносимую копию командой `aliassist export-data FILE.json`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>really delete everything</source>
        <translation>действительно удалить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was deleted as JSON</source>
        <translation>вывести удалённое в формате JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from the CSV or XLSX of the AliExpress Order Exporter, the TSV of the AliExpress Bulk Order Exporter (also as a spreadsheet saved them: CSV, XLSX, ODS), or any CSV/TSV whose columns were mapped once (in the window, or with --map). The layout is recognised from the header. Good rows go in as one transaction; bad rows are reported with their line and skipped. Exit 0: every row imported; 1: some rows skipped; 2: nothing could be read, or the file&apos;s dates or currency need --dates or --currency.</source>
        <translation>Импортировать заказы из CSV или XLSX программы AliExpress Order Exporter, TSV программы AliExpress Bulk Order Exporter (а также сохранённых электронной таблицей: CSV, XLSX, ODS) или любого CSV/TSV, столбцы которого были однажды сопоставлены (в окне или с помощью --map). Формат распознаётся по заголовку. Правильные строки загружаются одной транзакцией; ошибочные строки сообщаются с номером строки и пропускаются. Код выхода 0: импортированы все строки; 1: некоторые строки пропущены; 2: ничего не удалось прочитать, или для дат или валюты файла нужны --dates или --currency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would be imported, and write nothing</source>
        <translation>сообщить, что будет импортировано, ничего не записывая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</source>
        <translation>вывести {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the buyer account these orders belong to (an e-mail or a name)</source>
        <translation>аккаунт покупателя, к которому относятся эти заказы (e-mail или имя)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of amounts written without one (the Bulk Order Exporter&apos;s); without it such a file stops with exit 2 and says so</source>
        <translation>валюта сумм, записанных без неё (как у Bulk Order Exporter); без неё такой файл останавливается с кодом выхода 2 и сообщает об этом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read a file of another layout: which column (its header, or #N counted from 1) fills each field; remembered for files with the same header. Fields: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</source>
        <translation>прочитать файл другого формата: какой столбец (его заголовок или #N, считая с 1) заполняет каждое поле; запоминается для файлов с тем же заголовком. Поля: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric dates are month/day/year, day/month/year or year-month-day; needed only when the file&apos;s dates read both ways (03/05/26) and none of them tells (exit 2 says so)</source>
        <translation>числовые даты в формате месяц/день/год, день/месяц/год или год-месяц-день; нужно, только если даты файла читаются обоими способами (03/05/26) и ни одна не указывает, какой верен (код выхода 2 сообщит об этом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the platform&apos;s e-mails from mail files on this computer (.eml files and folders of them, mbox files such as Thunderbird&apos;s local folders or a Google Takeout .mbox, Maildir folders) and fill the shipped, delivered and receipt-confirmed dates the app left empty; orders known only from mail are added. A date you entered is never overwritten; the same mail read again changes nothing. Exit 0: all read; 1: some messages or files were skipped; 2: nothing could be read.</source>
        <translation>Прочитать письма платформы из почтовых файлов на этом компьютере (файлы .eml и папки с ними, файлы mbox, например локальные папки Thunderbird или .mbox из Google Takeout, папки Maildir) и заполнить даты отправки, доставки и подтверждения получения, которые приложение оставило пустыми; заказы, известные только из почты, добавляются. Введённая вами дата никогда не перезаписывается; повторное чтение тех же писем ничего не меняет. Код выхода 0: всё прочитано; 1: некоторые письма или файлы пропущены; 2: ничего не удалось прочитать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would change, and write nothing</source>
        <translation>сообщить, что изменится, ничего не записывая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; or &quot;file&quot;, &quot;reason&quot;}]}</source>
        <translation>вывести {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; или &quot;file&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every order, dispute, step, payment, setting and evidence file of the database (--db or --database-url) to the database URL names: a team database (postgresql+psycopg://...) or a SQLite file (sqlite:///path). Then check the copy: the rows of every table counted on both sides and every evidence file read back from the target with its SHA-256, printed at the end. The source is not changed. Exit 1 when the check finds a difference.</source>
        <translation>Скопировать каждый заказ, спор, шаг, платёж, настройку и файл доказательства из базы данных (--db или --database-url) в базу данных по указанному URL: командную базу данных (postgresql+psycopg://...) или файл SQLite (sqlite:///path). Затем проверить копию: строки каждой таблицы подсчитываются с обеих сторон, а каждый файл доказательства читается из целевой базы с проверкой SHA-256; результат выводится в конце. Исходная база не изменяется. Код выхода 1, если проверка находит различие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database to copy to: postgresql+psycopg://... or sqlite:///path</source>
        <translation>база данных, в которую копировать: postgresql+psycopg://... или sqlite:///path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target holds data: delete it first (without this, a target that is not empty is refused and nothing is changed)</source>
        <translation>в целевой базе есть данные: сначала удалить их (без этого непустая целевая база отклоняется и ничего не изменяется)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/imports.py" line="+68"/>
        <source>{item} is not FIELD=COLUMN</source>
        <translation>{item} не в формате FIELD=COLUMN</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>would import %n new order(s)</source>
        <translation>
            <numerusform>будет импортирован %n новый заказ</numerusform>
            <numerusform>будет импортировано %n новых заказа</numerusform>
            <numerusform>будет импортировано %n новых заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n new order(s)</source>
        <translation>
            <numerusform>импортирован %n новый заказ</numerusform>
            <numerusform>импортировано %n новых заказа</numerusform>
            <numerusform>импортировано %n новых заказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{layout}: {new}, {updated} updated, {unchanged} unchanged, {skipped}</source>
        <translation>{layout}: {new}, обновлено: {updated}, без изменений: {unchanged}, {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>пропущена %n строка</numerusform>
            <numerusform>пропущено %n строки</numerusform>
            <numerusform>пропущено %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/mail.py" line="+56"/>
        <source>dry run: nothing was written</source>
        <translation>пробный запуск: ничего не записано</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/mail.py" line="-11"/>
        <source>order {number} (new, from mail)</source>
        <translation>заказ {number} (новый, из почты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {number}</source>
        <translation>заказ {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped {what}: {reason}</source>
        <translation>пропущено {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/notify.py" line="+54"/>
        <source>nothing due</source>
        <translation>ничего срочного нет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as deadlines.ics</source>
        <translation>это папка; укажите имя файла, например deadlines.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {count} events to {file}</source>
        <translation>записано событий: {count} в {file}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/orders.py" line="-75"/>
        <source>no order is assigned to you: `aliassist assign NUMBER me` assigns one</source>
        <extracomment>Marks a deadline that rests on an estimated date (the note under the table says so). The longest look-ahead `due --within` takes: a century of days covers every real clock.</extracomment>
        <translation>вам не назначено ни одного заказа: `aliassist assign NUMBER me` назначает заказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders yet: add them in the window, or `aliassist import-data FILE.json`</source>
        <translation>заказов пока нет: добавьте их в окне или `aliassist import-data FILE.json`</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <source>ORDER</source>
        <translation>ЗАКАЗ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>STORE</source>
        <translation>МАГАЗИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACED</source>
        <translation>ОФОРМЛЕН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROTECTION ENDS</source>
        <translation>ЗАЩИТА ДО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE BY</source>
        <translation>СПОР ДО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSIGNEE</source>
        <translation>ОТВЕТСТВЕННЫЙ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mark}: the deadline rests on an estimate (a receipt date inferred from the order&apos;s status, or the usual 90-day protection): enter the real date in the window (Dates to confirm), or read it from the platform&apos;s e-mails (`aliassist import-mail`)</source>
        <translation>{mark}: срок основан на оценке (дата получения, выведенная из статуса заказа, или обычная 90-дневная защита): укажите точную дату в окне (Даты для подтверждения) или прочитайте её из писем платформы (`aliassist import-mail`)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} was already assigned to {who}</source>
        <translation>заказ {number} уже был назначен: {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who} (was {before})</source>
        <translation>заказ {number} назначен: {who} (был: {before})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who}</source>
        <translation>заказ {number} назначен: {who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of days from 0 to {most}, not {given}</source>
        <translation>должно быть число дней от 0 до {most}, а не {given}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing due within {days} day</source>
        <translation>в течение {days} дня сроков нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due within {days} days</source>
        <translation>в течение {days} дн. сроков нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DUE</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/output.py" line="+91"/>
        <source>disputes are numbered from 1 (dispute 1, 2, ...)</source>
        <extracomment>characters JSON may carry raw that a terminal would act on (DEL, C1 controls, bidirectional controls): printed as \uXXXX escapes, which JSON reads back as the same text</extracomment>
        <translation>споры нумеруются с 1 (спор 1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/packet.py" line="+68"/>
        <source>these describe a planned dispute; a recorded dispute has its own</source>
        <translation>это описывает планируемый спор; у записанного спора они свои</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {file} ({files} and a manifest, {size} bytes)</source>
        <translation>записан {file} ({files} и манифест, {size} байт)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+20"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>exported although the pre-check blocks this dispute: {rules} (recorded in the manifest)</source>
        <translation>экспортировано, хотя предварительная проверка блокирует этот спор: {rules} (записано в манифесте)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK: all {files} match the manifest (order {order}, {reason}, made {made})</source>
        <translation>OK: все файлы ({files}) совпадают с манифестом (заказ {order}, {reason}, создан {made})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CHANGED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>ОТСУТСТВУЕТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <translation>ЛИШНИЙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TWICE</source>
        <translation>ДВАЖДЫ</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/safety.py" line="-24"/>
        <source>backup {name}: {description}</source>
        <translation>резервная копия {name}: {description}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no backups yet of {database}</source>
        <translation>резервных копий {database} пока нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BACKUP</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MADE</source>
        <translation>СОЗДАНА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORDERS</source>
        <translation>ЗАКАЗЫ</translation>
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
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all sound</source>
        <translation>всё в порядке</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to delete: there is no data at {database}</source>
        <translation>удалять нечего: в {database} нет данных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would delete {what}</source>
        <translation>будет удалено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was deleted; run again with --yes to delete all of it</source>
        <translation>ничего не удалено; запустите снова с --yes, чтобы удалить всё это</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted {what}</source>
        <translation>удалено: {what}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/migrate.py" line="+43"/>
        <source>the data {target} held was deleted first (--replace)</source>
        <translation>данные, которые содержала {target}, сначала удалены (--replace)</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message numerus="yes">
        <location filename="../../aliassist/domain/draft.py" line="+40"/>
        <source>%n photo(s) of the item</source>
        <extracomment>(context, text, disambiguation, n) -&gt; the text in the draft&apos;s language, ``%n`` replaced by `n` (n &gt;= 0): aliassist.i18n.translate&apos;s signature, for a translator of the draft&apos;s own language the context of the draft&apos;s templates How each evidence kind is counted (&quot;2 photos of the item&quot;), in the draft&apos;s language.</extracomment>
        <translation>
            <numerusform>%n фото товара</numerusform>
            <numerusform>%n фото товара</numerusform>
            <numerusform>%n фото товара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) of the item</source>
        <translation>
            <numerusform>%n видео товара</numerusform>
            <numerusform>%n видео товара</numerusform>
            <numerusform>%n видео товара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n capture(s) of the listing</source>
        <translation>
            <numerusform>%n скриншот карточки товара</numerusform>
            <numerusform>%n скриншота карточки товара</numerusform>
            <numerusform>%n скриншотов карточки товара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the tracking</source>
        <translation>
            <numerusform>%n скриншот отслеживания</numerusform>
            <numerusform>%n скриншота отслеживания</numerusform>
            <numerusform>%n скриншотов отслеживания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the chat with the seller</source>
        <translation>
            <numerusform>%n скриншот переписки с продавцом</numerusform>
            <numerusform>%n скриншота переписки с продавцом</numerusform>
            <numerusform>%n скриншотов переписки с продавцом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order {number}, placed on {date}.</source>
        <extracomment>Sentence priorities: lower stays longer when the draft must be cut to fit. the buyer&apos;s words had to be shortened to fit (the buyer should shorten them) facts left out to fit</extracomment>
        <translation>Заказ {number}, оформлен {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on {date}.</source>
        <translation>Отправлен {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem: {reason}.</source>
        <translation>Проблема: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>All %n item(s) of the order.</source>
        <translation>
            <numerusform>Все товары заказа (%n).</numerusform>
            <numerusform>Все товары заказа (%n).</numerusform>
            <numerusform>Все товары заказа (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {number}</source>
        <translation>товар {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}), quantity {quantity}.</source>
        <translation>Товар: {item} ({sku}), количество {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}).</source>
        <translation>Товар: {item} ({sku}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}, quantity {quantity}.</source>
        <translation>Товар: {item}, количество {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}.</source>
        <translation>Товар: {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number {number} ({carrier})</source>
        <translation>Трек-номер {number} ({carrier})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number {number}</source>
        <translation>Трек-номер {number}</translation>
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
        <translation>{tracking}: по данным отслеживания посылка доставлена около {date}, но мне её не вручили.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered on {date}, but the parcel was not handed to me.</source>
        <translation>{tracking}: по данным отслеживания посылка доставлена {date}, но мне её не вручили.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered, but the parcel was not handed to me.</source>
        <translation>{tracking}: по данным отслеживания посылка доставлена, но мне её не вручили.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tracking}: the last tracking event on {date} is “{status}”.</source>
        <translation>{tracking}: последнее событие отслеживания {date} — «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tracking}: the last tracking event is “{status}”.</source>
        <translation>{tracking}: последнее событие отслеживания — «{status}».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{list} and {last}</source>
        <translation>{list} и {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached: {list}.</source>
        <translation>Прилагаю: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ask for a full refund.</source>
        <translation>Прошу полный возврат средств.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I ask for a partial refund.</source>
        <translation>Прошу частичный возврат средств.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a partial refund of {amount}.</source>
        <translation>Прошу частичный возврат средств в размере {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a refund, and I am ready to return the item.</source>
        <translation>Прошу вернуть средства; я могу вернуть товар.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../aliassist/gui/dispute/drafts.py" line="+21"/>
        <source>Keep a draft?</source>
        <translation>Сохранить черновик?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft is kept for this order until you file it or discard it; it comes back when you open this window again.</source>
        <translation>Черновик хранится для этого заказа, пока вы не подадите его или не удалите; он появится снова, когда вы снова откроете это окно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your draft from {time} is back. Close the window and choose Discard to throw it away.</source>
        <translation>Ваш черновик от {time} восстановлен. Закройте окно и выберите «Удалить», чтобы избавиться от него.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your draft is back. Close the window and choose Discard to throw it away.</source>
        <translation>Ваш черновик восстановлен. Закройте окно и выберите «Удалить», чтобы избавиться от него.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="-100"/>
        <source>blocks</source>
        <extracomment>how each severity reads in the list of rules (translated where shown: &quot;guide&quot;)</extracomment>
        <translation>блокирует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warns</source>
        <translation>предупреждает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informs</source>
        <translation>информирует</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s), informational</source>
        <translation>
            <numerusform>%n день, для сведения</numerusform>
            <numerusform>%n дня, для сведения</numerusform>
            <numerusform>%n дней, для сведения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Getting started with {app}</source>
        <translation>Начало работы с {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} keeps the Buyer Protection clocks of your {platform} orders, warns you before a deadline passes, checks a dispute before you file it, and keeps its evidence. It works offline: nothing leaves your computer.</source>
        <translation>{app} следит за сроками Защиты покупателя по вашим заказам {platform}, предупреждает до истечения срока, проверяет спор перед подачей и хранит доказательства. Работает без интернета: ничто не покидает ваш компьютер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to import your orders</source>
        <translation>Как импортировать заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your orders with a browser extension that exports them: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) or &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); any other CSV or TSV works too: the app asks once which column holds what.</source>
        <translation>Сохраните заказы с помощью расширения браузера, которое их экспортирует: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) или &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); подойдёт и любой другой CSV или TSV: приложение один раз спросит, какой столбец что содержит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &lt;b&gt;File ▸ Import orders…&lt;/b&gt; (Ctrl+I), or drop the file on the window, or copy rows from a spreadsheet and press Ctrl+V.</source>
        <translation>Выберите &lt;b&gt;Файл ▸ Импорт заказов…&lt;/b&gt; (Ctrl+I), или перетащите файл на окно, или скопируйте строки из электронной таблицы и нажмите Ctrl+V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the preview (skipped rows say why), then &lt;b&gt;Import&lt;/b&gt;. Importing the same file again changes nothing; a newer export updates the orders and keeps what you added.</source>
        <translation>Проверьте предпросмотр (у пропущенных строк указана причина), затем нажмите &lt;b&gt;Импорт&lt;/b&gt;. Повторный импорт того же файла ничего не меняет; более новый экспорт обновляет заказы и сохраняет то, что вы добавили.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates in the platform&apos;s e-mails make the clocks exact: &lt;b&gt;File ▸ Import e-mails…&lt;/b&gt;. An order can also be added by hand from its order page: &lt;b&gt;File ▸ New order…&lt;/b&gt; (Ctrl+N).</source>
        <translation>Даты из писем платформы делают сроки точными: &lt;b&gt;Файл ▸ Импорт писем…&lt;/b&gt;. Заказ также можно добавить вручную со страницы заказа: &lt;b&gt;Файл ▸ Новый заказ…&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the clocks mean</source>
        <translation>Что означают сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order has a protection timer. A dispute can be opened while it runs and for a short time after the order completes; once a dispute is open, each step has its own clock. The table&apos;s &lt;b&gt;Days left&lt;/b&gt; counts down to the next one, the colours say how close it is, and the order pane shows them all on a timeline. A date given without a time counts from midnight in the platform&apos;s time zone, so a deadline shown is never later than the real one.</source>
        <translation>У каждого заказа есть таймер защиты. Спор можно открыть, пока он идёт, и в течение короткого времени после завершения заказа; после открытия спора у каждого этапа свой срок. Столбец &lt;b&gt;Осталось дней&lt;/b&gt; в таблице ведёт обратный отсчёт до ближайшего из них, цвета показывают, насколько он близок, а панель заказа показывает все сроки на хронологии. Дата без времени отсчитывается от полуночи в часовом поясе платформы, поэтому показанный срок никогда не бывает позже реального.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the pre-check works</source>
        <translation>Как работает предварительная проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s terms forbid some uses of a dispute; breaking them can get the account penalised. &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt; (Ctrl+D) checks what you plan as you type: a &lt;b&gt;blocking&lt;/b&gt; finding means the app will not call the dispute ready or export its packet; a &lt;b&gt;warning&lt;/b&gt; says what to do about it. Each finding names its rule and its source, and the phrases that raise it are underlined. The same checks read a message to the seller or a review (&lt;b&gt;Dispute ▸ Message to seller…&lt;/b&gt;). The rules checked:</source>
        <translation>Условия платформы запрещают некоторые способы использования спора; их нарушение может привести к санкциям против аккаунта. &lt;b&gt;Спор ▸ Новый спор…&lt;/b&gt; (Ctrl+D) проверяет ваш план по мере ввода: &lt;b&gt;блокирующее&lt;/b&gt; замечание означает, что приложение не признает спор готовым и не экспортирует его пакет; &lt;b&gt;предупреждение&lt;/b&gt; говорит, что с этим делать. Каждое замечание называет своё правило и источник, а фразы, которые его вызывают, подчёркнуты. Те же проверки применяются к сообщению продавцу или отзыву (&lt;b&gt;Спор ▸ Сообщение продавцу…&lt;/b&gt;). Проверяемые правила:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checklist beside it lists the evidence the reason needs; drop your photos and captures on its items. When nothing blocks, export the dispute packet: a summary, the evidence and a manifest that proves nothing was changed.</source>
        <translation>Список рядом перечисляет доказательства, нужные для этой причины; перетащите фото и скриншоты на его пункты. Когда ничто не блокирует, экспортируйте пакет для спора: сводку, доказательства и манифест, подтверждающий, что ничего не изменено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the rules come from</source>
        <translation>Откуда берутся правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy {policy} {version}. The platform changes its terms without notice: where sources disagree, the app takes the earlier deadline and the stricter check. An edited copy of the policy can be chosen in Settings.</source>
        <translation>Правила {policy} {version}. Платформа меняет свои условия без предупреждения: где источники расходятся, приложение берёт более ранний срок и более строгую проверку. Отредактированную копию правил можно выбрать в настройках.</translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="-363"/>
        <source>month/day/year (3/25/2026)</source>
        <extracomment>Currencies offered for amounts written without one. how a file writes dates: (value, label; translated where shown, context &quot;import_dialogs&quot;)</extracomment>
        <translation>месяц/день/год (3/25/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year (25/3/2026)</source>
        <translation>день/месяц/год (25/3/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (2026-03-25)</source>
        <translation>год-месяц-день (2026-03-25)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aliassist/gui/launch.py" line="+49"/>
        <source>warning: %1 is missing: some texts stay in English</source>
        <translation>предупреждение: отсутствует %1: некоторые тексты остаются на английском</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{app} is already running on this database; its window was brought forward.</source>
        <translation>{app} уже работает с этой базой данных; его окно выведено на передний план.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} is already running</source>
        <translation>{app} уже запущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another {app} (process {holder_pid}) is using {database} but does not answer. Close it and start again.</source>
        <translation>Другой экземпляр {app} (процесс {holder_pid}) использует {database}, но не отвечает. Закройте его и запустите снова.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{app} cannot start</source>
        <translation>{app} не может запуститься</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{app}: backup restored</source>
        <translation>{app}: резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>mail_import</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-78"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Почтовые файлы (*.eml *.mbox *.mbx);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order placed</source>
        <translation>заказ оформлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>доставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>получение подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-confirm reminder</source>
        <translation>напоминание об автоподтверждении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute opened</source>
        <translation>спор открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute closed</source>
        <translation>спор закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>возврат средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the mail files or folders on this computer that hold the platform&apos;s e-mails: &lt;b&gt;Thunderbird&lt;/b&gt; keeps each local folder as a file (Inbox) in its profile&apos;s Mail or ImapMail folder; &lt;b&gt;Google Takeout&lt;/b&gt; gives a .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; exports a mailbox as .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution and most programs save messages as .eml files (drag them into a folder); &lt;b&gt;Maildir&lt;/b&gt; folders are read as they are. The files are only read, here: nothing leaves this computer.</source>
        <translation>Выберите почтовые файлы или папки на этом компьютере, в которых хранятся письма платформы: &lt;b&gt;Thunderbird&lt;/b&gt; хранит каждую локальную папку как файл (Inbox) в папке Mail или ImapMail своего профиля; &lt;b&gt;Google Takeout&lt;/b&gt; выдаёт файл .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; экспортирует почтовый ящик как .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution и большинство программ сохраняют письма как файлы .eml (перетащите их в папку); папки &lt;b&gt;Maildir&lt;/b&gt; читаются как есть. Файлы здесь только читаются: ничто не покидает этот компьютер.</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message numerus="yes">
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+34"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>истёк %n день назад</numerusform>
            <numerusform>истёк %n дня назад</numerusform>
            <numerusform>истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than a day left</source>
        <translation>осталось меньше дня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>order_pane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-144"/>
        <source>How are these dates worked out?</source>
        <translation>Как рассчитываются эти даты?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{clock} (dispute {index})</source>
        <extracomment>the clock still matters in the order&apos;s state (drawn in colour; else grey)</extracomment>
        <translation>{clock} (спор {index})</translation>
    </message>
    <message>
        <location line="+123"/>
        <source> (an estimate: see below)</source>
        <translation> (оценка: см. ниже)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed on {date}</source>
        <translation>истёк {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left, until {date}</source>
        <translation>осталось меньше дня, до {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left, until {date}</source>
        <translation>
            <numerusform>остался %n день, до {date}</numerusform>
            <numerusform>осталось %n дня, до {date}</numerusform>
            <numerusform>осталось %n дней, до {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show how each deadline follows from the order&apos;s dates</source>
        <translation>Показать, как каждый срок вытекает из дат заказа</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>около %n дня</numerusform>
            <numerusform>около %n дней</numerusform>
            <numerusform>около %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the real date…</source>
        <translation>Указать точную дату…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the order page shows; the estimate is replaced</source>
        <translation>Введите дату, указанную на странице заказа; оценка будет заменена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Статус отслеживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, opened {date}</source>
        <translation>, открыт {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Item: {title}</source>
        <translation>&lt;br&gt;Товар: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Asks for {amount}</source>
        <translation>&lt;br&gt;Запрошено {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>осталось меньше дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next: {clock}&lt;/b&gt; by {date} ({when})</source>
        <translation>&lt;b&gt;Далее: {clock}&lt;/b&gt; до {date} ({when})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> via {provider}</source>
        <translation> через {provider}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened</source>
        <extracomment>how a recorded dispute step reads in the history (the others: STEPS&apos; labels)</extracomment>
        <translation>Открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed despite the pre-check</source>
        <translation>Подан вопреки предварительной проверке</translation>
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
        <translation>Последнее сохранение{by}{on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute {index}</source>
        <translation>Спор {index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Спор</translation>
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
        <translation>Спор не записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} has no recorded dispute. Plan one with Dispute ▸ New dispute…; its packet can be exported from there.</source>
        <translation>У заказа {number} нет записанного спора. Подготовьте его через Спор ▸ Новый спор…; оттуда можно экспортировать его пакет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export dispute packet</source>
        <translation>Экспорт пакета для спора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which dispute&apos;s packet?</source>
        <translation>Пакет какого спора?</translation>
    </message>
</context>
<context>
    <name>pane_evidence</name>
    <message>
        <location filename="../../aliassist/gui/workspace/pane_evidence.py" line="+32"/>
        <source>complete</source>
        <translation>полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>не хватает обязательных доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reason}&lt;/b&gt; (dispute {index}): {done}</source>
        <translation>&lt;b&gt;{reason}&lt;/b&gt; (спор {index}): {done}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recommended</source>
        <translation>рекомендуется</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) kept in the evidence vault.</source>
        <translation>
            <numerusform>%n файл хранится в хранилище доказательств.</numerusform>
            <numerusform>%n файла хранятся в хранилище доказательств.</numerusform>
            <numerusform>%n файлов хранятся в хранилище доказательств.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence attached yet.</source>
        <translation>Доказательства пока не прикреплены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the evidence checklist…</source>
        <translation>Открыть список доказательств…</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../aliassist/i18n_policy.py" line="+62"/>
        <source>it</source>
        <extracomment>the context every policy text is translated in section -&gt; the keys of each of its entries that people read (a section of arrays of tables, such as checklists, holds lists of entries) the generated module, beside this one</extracomment>
        <translation>это</translation>
    </message>
    <message>
        <location filename="../../aliassist/policy_strings.py" line="+13"/>
        <source>Buyer Protection ends</source>
        <translation>Защита покупателя заканчивается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protection timer on the order page. Open a dispute before it ends, or ask the seller to extend it.</source>
        <translation>Таймер защиты на странице заказа. Откройте спор до его окончания или попросите продавца продлить защиту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day to open a dispute</source>
        <translation>Последний день для открытия спора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispute can be opened during protection and up to 15 days after the order completes (receipt confirmed, or protection ended).</source>
        <translation>Спор можно открыть во время действия защиты и в течение 15 дней после завершения заказа (получение подтверждено или защита закончилась).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller must respond</source>
        <translation>Продавец должен ответить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the seller does not answer within 5 days, your proposal is carried out.</source>
        <translation>Если продавец не ответит в течение 5 дней, ваше предложение будет выполнено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the seller or escalate</source>
        <translation>Ответьте продавцу или передайте спор платформе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller answered your dispute. Accept the proposal, reply with your evidence, or escalate to the platform before this; a dispute left unanswered can be closed.</source>
        <translation>Продавец ответил на ваш спор. До этого срока примите предложение, ответьте, приложив доказательства, или передайте спор на рассмотрение платформе; спор, оставленный без ответа, может быть закрыт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform steps in</source>
        <translation>Подключается платформа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After escalation the platform reviews the case and steps in.</source>
        <translation>После передачи спора платформа рассматривает дело и принимает решение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship the return</source>
        <translation>Отправьте товар обратно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return not shipped in time loses the refund.</source>
        <translation>Если не отправить товар обратно вовремя, возврат средств будет потерян.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the seller to extend protection</source>
        <translation>Попросите продавца продлить защиту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for an extension on the order page 5 to 7 days before protection ends; only the seller can grant it.</source>
        <translation>Попросите о продлении на странице заказа за 5–7 дней до окончания защиты; продлить её может только продавец.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal claim window ends</source>
        <translation>Срок претензии в PayPal заканчивается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: PayPal accepts disputes within 180 days of payment. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Вне платформы: PayPal принимает споры в течение 180 дней после оплаты. Открыв такой спор, вы теряете возможность открыть спор на AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card chargeback window ends (about)</source>
        <translation>Срок чарджбэка по карте заканчивается (примерно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: card chargebacks are usually possible for about 120 days from the transaction. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Вне платформы: чарджбэк по карте обычно возможен примерно в течение 120 дней с даты транзакции. Открыв его, вы теряете возможность открыть спор на AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item not received</source>
        <translation>Товар не получен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tracking movement, the parcel is lost, or it was delivered to someone else.</source>
        <translation>Отслеживание не обновляется, посылка потеряна или доставлена другому человеку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the seller</source>
        <translation>Посылка возвращена продавцу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel going back to the seller.</source>
        <translation>Отслеживание показывает, что посылка возвращается продавцу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held at customs</source>
        <translation>Посылка задержана на таможне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs is holding the parcel (duties, missing documents, prohibited goods).</source>
        <translation>Таможня задерживает посылку (пошлины, недостающие документы, запрещённые товары).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size, colour, material or function differ from the listing.</source>
        <translation>Размер, цвет, материал или функции отличаются от указанных в карточке товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor quality</source>
        <translation>Плохое качество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects, bad workmanship, quality well below what the listing shows.</source>
        <translation>Дефекты, плохое изготовление, качество намного ниже показанного в карточке товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not work</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item does not work or stopped working on arrival.</source>
        <translation>Товар не работает или перестал работать сразу после получения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Товар повреждён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item arrived broken or damaged.</source>
        <translation>Товар пришёл сломанным или повреждённым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You received a different item from the one you ordered.</source>
        <translation>Вы получили не тот товар, который заказывали.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing parts or accessories</source>
        <translation>Не хватает деталей или аксессуаров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts or accessories the listing includes are missing.</source>
        <translation>Отсутствуют детали или аксессуары, которые входят в комплект согласно карточке товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer pieces than ordered</source>
        <translation>Меньше штук, чем заказано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel holds fewer pieces than you paid for.</source>
        <translation>В посылке меньше штук, чем вы оплатили.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty parcel</source>
        <translation>Пустая посылка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel arrived empty.</source>
        <translation>Посылка пришла пустой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterfeit</source>
        <translation>Подделка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fake brand goods. This is also an intellectual-property violation by the seller.</source>
        <translation>Поддельный брендовый товар. Это также нарушение продавцом прав интеллектуальной собственности.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Полный возврат средств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Частичный возврат средств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return and refund</source>
        <translation>Возврат товара и средств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the platform decides the item goes back, you must ship it back before the refund is paid.</source>
        <translation>Если платформа решит, что товар нужно вернуть, вы должны отправить его обратно до выплаты возврата средств.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My photo of what I received</source>
        <translation>Моё фото полученного товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My video</source>
        <translation>Моё видео</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the listing</source>
        <translation>Скриншот карточки товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the tracking</source>
        <translation>Скриншот отслеживания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the chat with the seller</source>
        <translation>Скриншот переписки с продавцом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (customs notice, carrier statement, report)</source>
        <translation>Документ (уведомление таможни, справка перевозчика, акт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds like revenge</source>
        <translation>Похоже на месть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text reads as revenge on the seller. Disputes opened to retaliate are forbidden; describe only what is wrong with the order, and leave out how you feel about the seller.</source>
        <translation>Текст выглядит как месть продавцу. Споры, открытые из мести, запрещены; опишите только то, что не так с заказом, и не пишите о своём отношении к продавцу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: write only what is wrong with the order and what you ask for.</source>
        <translation>Уберите «{found}»: напишите только, что не так с заказом и чего вы просите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concrete reason</source>
        <translation>Нет конкретной причины</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes without real reasons are forbidden. Choose a reason and describe concrete facts: what you ordered, what you received or what tracking shows, and when.</source>
        <translation>Споры без реальных причин запрещены. Выберите причину и опишите конкретные факты: что вы заказали, что получили или что показывает отслеживание, и когда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt already confirmed</source>
        <translation>Получение уже подтверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirmed receipt of this order, so claiming it was not received counts as a false claim. If something is wrong with what arrived, choose a received-item reason instead.</source>
        <translation>Вы подтвердили получение этого заказа, поэтому заявление о неполучении считается ложным. Если с полученным товаром что-то не так, выберите причину, относящуюся к полученному товару.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered</source>
        <translation>Отслеживание показывает «Доставлено»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel as delivered. If it never reached you, get a written statement from the carrier or post office that it was not handed to you, and attach it.</source>
        <translation>По данным отслеживания посылка доставлена. Если она до вас так и не дошла, получите у перевозчика или на почте письменную справку о том, что она вам не вручалась, и приложите её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo or video of what you received</source>
        <translation>Нет фото или видео полученного товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim about the item you received needs at least one of your own photos or videos of it. Photograph or film the item (and the difference from the listing), then attach it.</source>
        <translation>Для претензии к полученному товару нужно хотя бы одно ваше собственное фото или видео этого товара. Сфотографируйте или снимите товар (и его отличие от карточки товара), затем приложите файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No capture of the listing</source>
        <translation>Нет скриншота карточки товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show the item is not as described, attach a capture of the listing (title, photos, specifications) as it was when you ordered.</source>
        <translation>Чтобы показать, что товар не соответствует описанию, приложите скриншот карточки товара (название, фото, характеристики) в том виде, в каком она была при заказе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence missing</source>
        <translation>Не хватает доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required evidence for this reason is missing. Attach the items the checklist marks as required before you file.</source>
        <translation>Для этой причины не хватает обязательных доказательств. Перед подачей приложите всё, что в списке отмечено как обязательное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already refunded</source>
        <translation>Средства уже возвращены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full refund is recorded for this order. Opening a dispute after a refund is forbidden.</source>
        <translation>По этому заказу записан полный возврат средств. Открывать спор после возврата средств запрещено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargeback or payment claim already made</source>
        <translation>Чарджбэк или претензия к платёжной системе уже подана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card chargeback or a payment-provider claim (PayPal or similar) is recorded for this order. A platform dispute on top of it is forbidden; follow the claim you opened instead.</source>
        <translation>По этому заказу записан чарджбэк по карте или претензия к платёжной системе (PayPal или аналогичной). Открывать поверх неё спор на платформе запрещено; продолжайте уже открытую претензию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund already received</source>
        <translation>Частичный возврат средств уже получен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund is recorded for this order. A new dispute must be about a different problem, and any refund asked must not count the amount already paid back.</source>
        <translation>По этому заказу записан частичный возврат средств. Новый спор должен касаться другой проблемы, а запрошенная сумма не должна включать уже возвращённые деньги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demands beyond the listing</source>
        <translation>Требования сверх карточки товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute asks for goods, parts, services, discounts or coupons that were not part of the listing, or ties a review to a demand. That is treated as blackmail. Ask only for a refund or a return of what you paid for.</source>
        <translation>В споре требуются товары, детали, услуги, скидки или купоны, которых не было в карточке товара, или отзыв ставится в зависимость от требования. Это считается вымогательством. Просите только возврат средств или возврат оплаченного товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask only for a refund or a return of what you paid for, and leave reviews and extras out of it.</source>
        <translation>Уберите «{found}»: просите только возврат средств или возврат оплаченного товара и не упоминайте отзывы и дополнительные требования.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund above what was paid</source>
        <translation>Возврат больше оплаченной суммы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund asked is more than was paid for this order (less any refund already received). Ask for at most what you paid.</source>
        <translation>Запрошенный возврат больше суммы, оплаченной за этот заказ (за вычетом уже полученного возврата). Просите не больше, чем вы заплатили.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same dispute already exists</source>
        <translation>Такой спор уже существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dispute for this order and item with the same reason. Several disputes for the same reason are forbidden; continue the existing one.</source>
        <translation>По этому заказу и товару уже есть спор с той же причиной. Несколько споров по одной причине запрещены; продолжайте существующий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening a cancelled dispute</source>
        <translation>Повторное открытие отменённого спора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled a dispute with the same reason on this order and no refund was paid. Reopen it only with new facts, and say what changed.</source>
        <translation>Вы отменили спор с той же причиной по этому заказу, и возврат средств не был выплачен. Открывайте его повторно только при новых фактах и укажите, что изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late to open a dispute</source>
        <translation>Слишком поздно открывать спор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute window for this order has closed. A dispute can no longer be opened on the platform.</source>
        <translation>Срок открытия спора по этому заказу истёк. Открыть спор на платформе больше нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same item disputed from another account</source>
        <translation>Спор по тому же товару с другого аккаунта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same listing or store item is disputed from another of your accounts. Linked accounts are penalised together; dispute it from one account only.</source>
        <translation>По тому же объявлению или товару магазина открыт спор с другого вашего аккаунта. Связанные аккаунты наказываются вместе; открывайте спор только с одного аккаунта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description too long</source>
        <translation>Слишком длинное описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute form does not take a description this long. Keep to what is wrong, what you ordered and what you ask for, and leave out the rest.</source>
        <translation>Форма спора не принимает такое длинное описание. Оставьте только то, что не так, что вы заказали и чего просите, а остальное уберите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatens a negative review</source>
        <translation>Угроза негативным отзывом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatening a negative review to get something is forbidden and can get your reviews removed and your account blocked. State the problem and the remedy you ask for, without the threat.</source>
        <translation>Угрожать негативным отзывом, чтобы чего-то добиться, запрещено: ваши отзывы могут удалить, а аккаунт — заблокировать. Опишите проблему и решение, которое вы просите, без угроз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: describe the problem and the refund or return you ask for, without mentioning a review.</source>
        <translation>Уберите «{found}»: опишите проблему и возврат средств или товара, который вы просите, не упоминая отзыв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to another site</source>
        <translation>Ссылка на другой сайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to sites other than the platform are not allowed in messages and reviews. Attach a capture instead of linking to it.</source>
        <translation>Ссылки на сайты, кроме платформы, запрещены в сообщениях и отзывах. Вместо ссылки приложите скриншот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: attach a capture or the file itself instead of a link.</source>
        <translation>Уберите «{found}»: вместо ссылки приложите скриншот или сам файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal outside the platform</source>
        <translation>Сделка вне платформы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers to pay or trade outside the platform lose Buyer Protection and break the rules. Keep payment and refunds on the platform.</source>
        <translation>Предложения оплаты или обмена вне платформы лишают Защиты покупателя и нарушают правила. Оплата и возвраты — только через платформу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for the refund or the answer here, on the platform, not by app, card or transfer.</source>
        <translation>Уберите «{found}»: просите возврат средств или ответ здесь, на платформе, а не через приложение, карту или перевод.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language</source>
        <translation>Оскорбительные выражения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insults, profanity and threats break the communication rules and weaken your case. Keep to the facts.</source>
        <translation>Оскорбления, нецензурная брань и угрозы нарушают правила общения и ослабляют вашу позицию. Придерживайтесь фактов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: say what is wrong in plain, calm words.</source>
        <translation>Уберите «{found}»: опишите проблему простыми и спокойными словами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review in exchange for something</source>
        <translation>Отзыв в обмен на что-либо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for or offering a review in exchange for a refund, gift or anything else is review manipulation. Leave it out.</source>
        <translation>Просить или предлагать отзыв в обмен на возврат средств, подарок или что-либо ещё — это манипуляция отзывами. Не пишите об этом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for what you want on its own, and keep your review to your honest opinion of the item.</source>
        <translation>Уберите «{found}»: просите то, что вам нужно, отдельно, а в отзыве честно выскажите своё мнение о товаре.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo taken before the item could arrive</source>
        <translation>Фото сделано до того, как товар мог прийти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This photo was taken before the item could have reached you (before it shipped, or before the order date). Use photos of what you received, taken after it arrived.</source>
        <translation>Это фото сделано раньше, чем товар мог до вас дойти (до отправки или до даты заказа). Используйте фото полученного товара, сделанные после его получения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looks like the seller&apos;s picture</source>
        <translation>Похоже на изображение продавца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like the seller&apos;s picture, not your photo of what you received. Mark it as a listing capture, or replace it with your own photo.</source>
        <translation>Это похоже на изображение продавца, а не на ваше фото полученного товара. Отметьте его как скриншот карточки товара или замените своим фото.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform will not take this file</source>
        <translation>Платформа не примет этот файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is too large or in a format the dispute form does not accept (HEIC from phones, for one). The dispute packet converts it to a JPEG within the limit; attach the converted copy.</source>
        <translation>Этот файл слишком большой или в формате, который форма спора не принимает (например, HEIC с телефонов). Пакет для спора преобразует его в JPEG в пределах лимита; приложите преобразованную копию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history</source>
        <translation>История отслеживания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the whole tracking history from the order page or the carrier&apos;s site, with the last event and its date.</source>
        <translation>Сделайте скриншот всей истории отслеживания со страницы заказа или сайта перевозчика, с последним событием и его датой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel never moved, was lost, or went elsewhere.</source>
        <translation>Показывает, что посылка не двигалась, потерялась или ушла по другому адресу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier or post-office statement</source>
        <translation>Справка перевозчика или почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your post office or the carrier for a written statement that the parcel was not delivered to you.</source>
        <translation>Попросите на почте или у перевозчика письменную справку о том, что посылка вам не доставлялась.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered; only the carrier&apos;s statement outweighs it.</source>
        <translation>По данным отслеживания посылка доставлена; перевесить это может только справка перевозчика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat with the seller</source>
        <translation>Переписка с продавцом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the missing parcel and their answers.</source>
        <translation>Сделайте скриншот ваших сообщений продавцу о пропавшей посылке и его ответов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you tried to resolve it first.</source>
        <translation>Показывает, что сначала вы пытались решить вопрос сами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history showing the return</source>
        <translation>История отслеживания с возвратом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel going back to the seller.</source>
        <translation>Сделайте скриншот событий отслеживания, которые показывают, что посылка возвращается продавцу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proves the parcel never reached you.</source>
        <translation>Доказывает, что посылка до вас так и не дошла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the return.</source>
        <translation>Сделайте скриншот ваших сообщений продавцу о возврате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official customs notice</source>
        <translation>Официальное уведомление таможни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or photograph the official notice from customs (why it is held, what it asks for).</source>
        <translation>Отсканируйте или сфотографируйте официальное уведомление таможни (почему посылка задержана, что требуется).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform decides customs cases on the official notice.</source>
        <translation>Таможенные случаи платформа решает на основании официального уведомления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel held at customs.</source>
        <translation>Сделайте скриншот событий отслеживания, которые показывают задержку посылки на таможне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows where the parcel stopped and since when.</source>
        <translation>Показывает, где остановилась посылка и с какого времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the customs hold.</source>
        <translation>Сделайте скриншот ваших сообщений продавцу о задержке на таможне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you asked the seller for the documents customs needs.</source>
        <translation>Показывает, что вы запрашивали у продавца документы, нужные таможне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the item</source>
        <translation>Ваши фото товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of the item you received, in daylight, showing every difference from the listing.</source>
        <translation>Чёткие фото полученного товара при дневном свете, на которых видны все отличия от карточки товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case rests on your own photos of what arrived.</source>
        <translation>Дело строится на ваших собственных фото того, что пришло.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing as it was when you ordered: title, photos, size chart and specifications.</source>
        <translation>Сделайте скриншот карточки товара в том виде, в каком она была при заказе: название, фото, таблица размеров и характеристики.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what the seller promised.</source>
        <translation>Показывает, что обещал продавец.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item beside a ruler, with its size label</source>
        <translation>Товар рядом с линейкой и ярлык с размером</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay the item flat beside a ruler or tape measure, and photograph the size label.</source>
        <translation>Разложите товар рядом с линейкой или рулеткой и сфотографируйте ярлык с размером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a wrong size, measurements settle it.</source>
        <translation>Если размер не тот, всё решают замеры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller listing the differences.</source>
        <translation>Сделайте скриншот ваших сообщений продавцу с перечнем отличий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close-ups of the defects</source>
        <translation>Дефекты крупным планом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharp close-up photos of every defect, with the whole item in at least one.</source>
        <translation>Чёткие фото каждого дефекта крупным планом; хотя бы на одном должен быть виден весь товар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality claims are judged on the defects you show.</source>
        <translation>Претензии к качеству оцениваются по дефектам, которые вы покажете.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing photos and description of the quality promised.</source>
        <translation>Сделайте скриншот фото и описания из карточки товара, где обещано качество.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the gap between promise and product.</source>
        <translation>Показывает разницу между обещанным и полученным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video of the fault</source>
        <translation>Видео неисправности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Film the item being set up and used as the listing says, showing that it does not work (power, buttons, screen), in one continuous take.</source>
        <translation>Снимите одним непрерывным дублем, как товар подключают и используют согласно карточке товара, и покажите, что он не работает (питание, кнопки, экран).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronics cases are decided on a video of the fault.</source>
        <translation>Споры по электронике решаются на основании видео неисправности.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item, its model label and serial number.</source>
        <translation>Фото товара, этикетки с моделью и серийного номера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the unit you received.</source>
        <translation>Позволяет опознать полученный вами экземпляр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing&apos;s specifications and instructions.</source>
        <translation>Сделайте скриншот характеристик и инструкций из карточки товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the function the seller promised.</source>
        <translation>Показывает функции, обещанные продавцом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the damage</source>
        <translation>Фото повреждений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of every damaged part of the item.</source>
        <translation>Чёткие фото всех повреждённых частей товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived broken.</source>
        <translation>Показывает, что пришло сломанным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel with its label</source>
        <translation>Посылка с этикеткой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the outer packaging from all sides, with the shipping label readable, before you throw it away.</source>
        <translation>Прежде чем выбросить внешнюю упаковку, сфотографируйте её со всех сторон так, чтобы транспортная этикетка читалась.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken packaging shows the damage happened in transit.</source>
        <translation>Повреждённая упаковка показывает, что повреждение произошло при доставке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office damage report</source>
        <translation>Акт о повреждении с почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the parcel was visibly damaged, ask the post office for a damage report.</source>
        <translation>Если посылка была заметно повреждена, попросите на почте составить акт о повреждении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official report of transit damage.</source>
        <translation>Официальный акт о повреждении при доставке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of what you received</source>
        <translation>Ваши фото полученного товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item you received, with any labels or model numbers.</source>
        <translation>Фото полученного товара со всеми ярлыками или номерами моделей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived instead.</source>
        <translation>Показывает, что пришло вместо заказанного.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of what you ordered</source>
        <translation>Скриншот заказанного товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing and the option (colour, size, model) you chose.</source>
        <translation>Сделайте скриншот карточки товара и выбранного варианта (цвет, размер, модель).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have arrived.</source>
        <translation>Показывает, что должно было прийти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label</source>
        <translation>Этикетка посылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label with your order&apos;s details.</source>
        <translation>Сфотографируйте транспортную этикетку с данными вашего заказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties the item to this order.</source>
        <translation>Связывает товар с этим заказом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that was in the parcel</source>
        <translation>Всё, что было в посылке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out everything that arrived and photograph it in one picture.</source>
        <translation>Разложите всё, что пришло, и сфотографируйте на одном снимке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows exactly what is missing.</source>
        <translation>Показывает, чего именно не хватает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing&apos;s list of contents</source>
        <translation>Комплектация по карточке товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the part of the listing that says what is included.</source>
        <translation>Сделайте скриншот той части карточки товара, где указана комплектация.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have been in the parcel.</source>
        <translation>Показывает, что должно было быть в посылке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label with its weight</source>
        <translation>Этикетка посылки с весом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label; the declared weight can show parts were never sent.</source>
        <translation>Сфотографируйте транспортную этикетку: заявленный вес может показать, что части так и не были отправлены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared weight against actual contents.</source>
        <translation>Заявленный вес в сравнении с фактическим содержимым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All pieces, counted</source>
        <translation>Пересчёт всех штук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out every piece you received so they can be counted in one photo.</source>
        <translation>Разложите все полученные штуки так, чтобы их можно было пересчитать на одном фото.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many pieces arrived.</source>
        <translation>Показывает, сколько штук пришло.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity you ordered</source>
        <translation>Заказанное количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing or order page showing the quantity and pack size.</source>
        <translation>Сделайте скриншот карточки товара или страницы заказа с количеством и числом штук в упаковке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many you paid for.</source>
        <translation>Показывает, за сколько штук вы заплатили.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label and the declared weight.</source>
        <translation>Сфотографируйте транспортную этикетку и заявленный вес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the parcel from all sides with its label readable, and the empty inside.</source>
        <translation>Сфотографируйте посылку со всех сторон так, чтобы этикетка читалась, а также её пустое содержимое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel arrived without the item.</source>
        <translation>Показывает, что посылка пришла без товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unboxing video</source>
        <translation>Видео распаковки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have one, a continuous video of opening the parcel.</source>
        <translation>Если есть: непрерывное видео вскрытия посылки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest proof the parcel was empty.</source>
        <translation>Самое сильное доказательство того, что посылка была пустой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office report with the weight</source>
        <translation>Акт почты с весом посылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the post office for a report with the parcel&apos;s weight on arrival.</source>
        <translation>Попросите на почте акт с указанием веса посылки при поступлении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official record of an empty or underweight parcel.</source>
        <translation>Официальная запись о пустой посылке или посылке с недовесом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the brand marks</source>
        <translation>Ваши фото маркировки бренда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of logos, labels, tags, serial numbers and packaging of what you received.</source>
        <translation>Фото логотипов, этикеток, бирок, серийных номеров и упаковки полученного товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the marks that make it fake.</source>
        <translation>Показывает маркировку, по которой видно, что это подделка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing showing the brand it claims.</source>
        <translation>Сделайте скриншот карточки товара, где заявлен бренд.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the seller sold it as the brand.</source>
        <translation>Показывает, что продавец продавал товар как брендовый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof it is not genuine</source>
        <translation>Доказательство неоригинальности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement from the brand, or a comparison with a genuine item.</source>
        <translation>Заключение от правообладателя бренда или сравнение с оригинальным товаром.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirms the item is counterfeit.</source>
        <translation>Подтверждает, что товар поддельный.</translation>
    </message>
</context>
</TS>
