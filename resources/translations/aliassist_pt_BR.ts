<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/assign_dialog.py" line="+28"/>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several people</source>
        <translation>várias pessoas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign {what} to a person (now: {now}). Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Atribua {what} a uma pessoa (agora: {now}). Os avisos de prazo de um pedido atribuído vão apenas para essa pessoa; um pedido não atribuído a ninguém avisa todos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me ({me})</source>
        <translation>Eu ({me})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name</source>
        <translation>um nome</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Assign</source>
        <translation>&amp;Atribuir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to &amp;nobody</source>
        <translation>Atribuir a &amp;ninguém</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>type a name, or choose one</source>
        <translation>digite um nome ou escolha um</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <location filename="../../aliassist/services/assignment.py" line="+59"/>
        <source>who you are is not known on this database</source>
        <extracomment>the name that stands for the current user (`assign NUMBER me`) what to do when the current user has no name</extracomment>
        <translation>não se sabe quem é você neste banco de dados</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../aliassist/notify/autostart.py" line="+134"/>
        <source>cannot change the start-at-login entry: {problem}</source>
        <extracomment>the file written (Linux, macOS) or the registry key (Windows) the file&apos;s content, or the registry value (the command line)</extracomment>
        <translation>não é possível alterar a entrada de início com o sistema: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+57"/>
        <source>Backups</source>
        <extracomment>the data was replaced by a backup: whatever shows it must reload</extracomment>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AliAssist copies the database once a day when it starts and before every upgrade. It keeps the newest backup of each of the last {days} days and of the {weeks} weeks before them.</source>
        <translation>O AliAssist copia o banco de dados uma vez por dia ao iniciar e antes de cada atualização. Ele mantém o backup mais recente de cada um dos últimos {days} dias e das {weeks} semanas anteriores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups are made of the SQLite database file only; this is a server database. Use the server&apos;s own backup tools.</source>
        <translation>Os backups são feitos apenas do arquivo de banco de dados SQLite; este é um banco de dados de servidor. Use as ferramentas de backup do próprio servidor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No backups yet: the first is made the next time AliAssist starts with orders stored, or now with “Back up now”.</source>
        <translation>Ainda não há backups: o primeiro é feito na próxima vez que o AliAssist iniciar com pedidos armazenados, ou agora com “Fazer backup agora”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup was made</source>
        <translation>Nenhum backup foi feito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made</source>
        <translation>Backup feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up: {backup}.</source>
        <translation>Backup feito: {backup}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Restaurar este backup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your current data with the backup of {backup}?

Your current data is saved as a backup first, so you can go back to it.</source>
        <translation>Substituir todos os seus dados atuais pelo backup de {backup}?

Seus dados atuais são salvos antes como backup, para que você possa voltar a eles.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was restored</source>
        <translation>Nada foi restaurado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Backup restaurado</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../aliassist/notify/calendar.py" line="+58"/>
        <source>{label}: order {number} ({store})</source>
        <translation>{label}: pedido {number} ({store})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {store}</source>
        <translation>Pedido {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: order {number}</source>
        <translation>{label}: pedido {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number}</source>
        <translation>Pedido {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} until {deadline}.</source>
        <translation>{label} até {deadline}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute {number} of the order</source>
        <translation>Disputa {number} do pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Origem: {source}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{label} in %n day(s): order {number}</source>
        <translation>
            <numerusform>{label} em %n dia: pedido {number}</numerusform>
            <numerusform>{label} em %n dias: pedido {number}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="+79"/>
        <source>Missing: the evidence vault no longer holds this file. Add it again, or remove it.</source>
        <translation>Faltando: o cofre de provas não contém mais este arquivo. Adicione-o novamente ou remova-o.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Drop files on an item, or use “Add files…”. Files are copied into the evidence vault and never changed; your originals stay where they are.</source>
        <translation>Solte arquivos sobre um item ou use “Adicionar arquivos…”. Os arquivos são copiados para o cofre de provas e nunca são alterados; seus originais ficam onde estão.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence checklist items</source>
        <extracomment>text colours for the palette in force (see theme.tone)</extracomment>
        <translation>Itens da lista de provas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Evidence for “{label}”</source>
        <translation>Provas de “{label}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence complete</source>
        <translation>Provas obrigatórias completas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required item(s) missing</source>
        <translation>
            <numerusform>Falta %n item obrigatório</numerusform>
            <numerusform>Faltam %n itens obrigatórios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} (missing)</source>
        <translation>{name} (faltando)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken {time}</source>
        <translation>Tirada em {time}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Checks on your files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verificações dos seus arquivos&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence files</source>
        <translation>Adicionar arquivos de provas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, videos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;All files (*)</source>
        <translation>Fotos, vídeos e documentos (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.heif *.webp *.tif *.tiff *.mp4 *.mov *.avi *.3gp *.webm *.mkv *.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding evidence…</source>
        <translation>Adicionando provas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added {files}.</source>
        <translation>Adicionado: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already attached: {files}.</source>
        <translation>Já anexado: {files}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added</source>
        <translation>Nada foi adicionado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts for</source>
        <translation>Conta para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No particular item</source>
        <translation>Nenhum item específico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from evidence…</source>
        <translation>Remover das provas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change evidence file {name} of order {number}</source>
        <translation>Alterar o arquivo de prova {name} do pedido {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot change the file</source>
        <translation>Não é possível alterar o arquivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit ▸ Undo (Ctrl+Z) brings it back</source>
        <translation>Editar ▸ Desfazer (Ctrl+Z) o traz de volta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored copy is deleted unless another order uses it</source>
        <translation>A cópia armazenada é excluída, a menos que outro pedido a use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>Remover prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this order&apos;s evidence?

{later}; your original file is not touched.</source>
        <translation>Remover “{name}” das provas deste pedido?

{later}; seu arquivo original não é alterado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove evidence file {name} of order {number}</source>
        <translation>Remover o arquivo de prova {name} do pedido {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the file</source>
        <translation>Não é possível remover o arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {name}. Ctrl+Z brings it back.</source>
        <translation>{name} removido. Ctrl+Z o traz de volta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {name}.</source>
        <translation>{name} removido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name} (its stored copy is kept: other evidence uses it).</source>
        <translation>{name} removido (a cópia armazenada é mantida: outras provas a usam).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+75"/>
        <source>Which column holds what?</source>
        <translation>Qual coluna contém o quê?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; is not the export of a known exporter. Say once which column holds what; AliAssist remembers it for files with the same columns. The order number and the order date are needed; everything else is optional.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; não é a exportação de um exportador conhecido. Diga uma vez qual coluna contém o quê; o AliAssist lembra disso para arquivos com as mesmas colunas. O número do pedido e a data do pedido são necessários; todo o resto é opcional.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— not in the file —</source>
        <translation>— não está no arquivo —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column {index}</source>
        <translation>Coluna {index}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates are written:</source>
        <translation>As datas são escritas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember for files with these columns</source>
        <translation>Lembrar para arquivos com estas colunas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the column of: {fields}</source>
        <translation>Escolha a coluna de: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One column is chosen for two things.</source>
        <translation>Uma coluna foi escolhida para duas coisas.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../aliassist/services/context.py" line="+89"/>
        <source>{now} is outside the years {first} to {last} the app&apos;s clocks cover</source>
        <extracomment>a fixed instant for every clock read (--now), or None for the real time why the policy chosen in Settings could not be used, when it could not the years `--now` may name: the clocks&apos; arithmetic stays within datetime&apos;s range</extracomment>
        <translation>{now} está fora dos anos {first} a {last} cobertos pelos relógios do aplicativo</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/recovery_dialog.py" line="+33"/>
        <source>{app}: the database is damaged</source>
        <translation>{app}: o banco de dados está danificado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Your AliAssist database cannot be used: it is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seu banco de dados do AliAssist não pode ser usado: ele está danificado.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found: {problem}.</source>
        <translation>O que foi encontrado: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted. The damaged file was moved aside and is kept unchanged:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</source>
        <translation>Nada foi excluído. O arquivo danificado foi movido para o lado e mantido sem alterações:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from &lt;b&gt;{made}&lt;/b&gt;. Restore it to carry on where it left off; anything entered after it was made has to be entered again.</source>
        <translation>O último backup válido é de &lt;b&gt;{made}&lt;/b&gt;. Restaure-o para continuar de onde parou; o que foi inserido depois dele precisa ser inserido novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no good backup to restore. You can start with an empty database and import a data file you exported earlier.</source>
        <translation>Não há backup válido para restaurar. Você pode começar com um banco de dados vazio e importar um arquivo de dados exportado anteriormente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the latest good backup</source>
        <translation>Restaurar o último backup válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an empty database</source>
        <translation>Começar com um banco de dados vazio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../aliassist/services/datafile.py" line="+132"/>
        <source>the file {name} has changed since it was exported (its SHA-256 differs from the one recorded)</source>
        <translation>o arquivo {name} mudou desde que foi exportado (seu SHA-256 difere do registrado)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as orders.json</source>
        <translation>é uma pasta; informe um nome de arquivo como orders.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {name} is missing from the vault ({path})</source>
        <translation>o arquivo de provas {name} está faltando no cofre ({path})</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+16"/>
        <source>Your data</source>
        <extracomment>everything was deleted: the app must close</extracomment>
        <translation>Seus dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything AliAssist keeps stays on this computer and is never sent anywhere: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;File ▸ Export data file… writes a portable copy (a JSON file and the evidence files).</source>
        <translation>Tudo o que o AliAssist guarda fica neste computador e nunca é enviado a lugar nenhum: &lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Arquivo ▸ Exportar arquivo de dados… grava uma cópia portátil (um arquivo JSON e os arquivos de provas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete all my data…</source>
        <translation>Excluir todos os meus dados…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was deleted</source>
        <translation>Nada foi excluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All your data was deleted</source>
        <translation>Todos os seus dados foram excluídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, the evidence files and the backups were deleted. AliAssist closes now; it starts empty next time.</source>
        <translation>O banco de dados, os arquivos de provas e os backups foram excluídos. O AliAssist será fechado agora; na próxima vez, ele iniciará vazio.</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/database_settings.py" line="+46"/>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In use now: a team database&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <extracomment>the result of the last &quot;Test connection&quot; (None: not tested yet)</extracomment>
        <translation>Em uso agora: um banco de dados de equipe&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: the file on this computer&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</source>
        <translation>Em uso agora: o arquivo neste computador&lt;br&gt;&lt;b&gt;{database}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people or computers can share one set of orders on a PostgreSQL server. Give its address to open it from the next start; leave the field empty to use the file on this computer.</source>
        <translation>Várias pessoas ou computadores podem compartilhar um mesmo conjunto de pedidos em um servidor PostgreSQL. Informe o endereço para abri-lo a partir da próxima inicialização; deixe o campo vazio para usar o arquivo neste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team database URL</source>
        <translation>URL do banco de dados de equipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave the password out of the address: AliAssist never stores one. It is read from &lt;b&gt;~/.pgpass&lt;/b&gt; (or the file &lt;b&gt;PGPASSFILE&lt;/b&gt; names) or a service file (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, then &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), as every PostgreSQL program does.</source>
        <translation>Não inclua a senha no endereço: o AliAssist nunca armazena senhas. Ela é lida de &lt;b&gt;~/.pgpass&lt;/b&gt; (ou do arquivo indicado por &lt;b&gt;PGPASSFILE&lt;/b&gt;) ou de um arquivo de serviço (&lt;b&gt;~/.pg_service.conf&lt;/b&gt;, depois &lt;tt&gt;postgresql+psycopg:///?service=NAME&lt;/tt&gt;), como faz todo programa do PostgreSQL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;nobr&gt;--database-url&lt;/nobr&gt; or &lt;nobr&gt;--db&lt;/nobr&gt; on the command line, or ALIASSIST_DATABASE_URL or ALIASSIST_DB in the environment, take precedence over this choice. It is kept in {file}.</source>
        <translation>&lt;nobr&gt;--database-url&lt;/nobr&gt; ou &lt;nobr&gt;--db&lt;/nobr&gt; na linha de comando, ou ALIASSIST_DATABASE_URL ou ALIASSIST_DB no ambiente, têm precedência sobre esta escolha. Ela é guardada em {file}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From the next start: the file on this computer.</source>
        <translation>A partir da próxima inicialização: o arquivo neste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start: this team database (chosen in Settings).</source>
        <translation>A partir da próxima inicialização: este banco de dados de equipe (escolhido nas Configurações).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: back to the file on this computer, from the next start.</source>
        <translation>Ao clicar em OK: volta ao arquivo neste computador a partir da próxima inicialização.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On OK: this team database is opened from the next start of AliAssist.</source>
        <translation>Ao clicar em OK: este banco de dados de equipe será aberto a partir da próxima inicialização do AliAssist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Testando a conexão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reachable. {message}</source>
        <translation>Acessível. {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use it: {message}</source>
        <translation>Não é possível usar: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error: {error}</source>
        <translation>erro inesperado: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the next start, AliAssist opens the database file on this computer again. Restart AliAssist to switch now.</source>
        <translation>A partir da próxima inicialização, o AliAssist abrirá novamente o arquivo de banco de dados neste computador. Reinicie o AliAssist para trocar agora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the next start, AliAssist opens the team database {database}. Restart AliAssist to switch now. (The choice is kept in {file}.)</source>
        <translation>A partir da próxima inicialização, o AliAssist abrirá o banco de dados de equipe {database}. Reinicie o AliAssist para trocar agora. (A escolha é guardada em {file}.)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../aliassist/i18n.py" line="+313"/>
        <source>{instant} your time</source>
        <extracomment>language code -&gt; the language&apos;s own name, as the Settings list shows it the language the texts are written in (no translator needed) the languages with a translation (a .ts source, a .qm at run time) the environment variable naming the language (after --lang, before Settings) a language the system names without the region the app speaks it for how an instant&apos;s date reads in words, where the day is not simply followed by the month the language in force (None: none was put in force, the texts are the source&apos;s) its translators (the app&apos;s and Qt&apos;s), kept alive here, and the application they are in the language to put in force at the first text translated (use_language_lazily)</extracomment>
        <translation>{instant} (seu horário)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until {deadline}</source>
        <translation>até {deadline}</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/safety_settings.py" line="+13"/>
        <source>Delete all my data</source>
        <translation>Excluir todos os meus dados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;This deletes everything AliAssist keeps on this computer.&lt;/b&gt; It cannot be undone.</source>
        <translation>&lt;b&gt;Isto exclui tudo o que o AliAssist guarda neste computador.&lt;/b&gt; Não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files you exported (data files, dispute packets) are not touched. To keep a copy you can import later, export it first.</source>
        <translation>Os arquivos que você exportou (arquivos de dados, pacotes da disputa) não são alterados. Para manter uma cópia que possa importar depois, exporte-a primeiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a copy first…</source>
        <translation>Exportar uma cópia antes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete everything</source>
        <translation>Excluir tudo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>To confirm, type &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Para confirmar, digite &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To confirm, type {word}</source>
        <translation>Para confirmar, digite {word}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export all data</source>
        <translation>Exportar todos os dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Dados do AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n order(s) to {path}.</source>
        <translation>
            <numerusform>%n pedido gravado em {path}.</numerusform>
            <numerusform>%n pedidos gravados em {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeStepsDialog</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_steps.py" line="+48"/>
        <source>The seller responded</source>
        <translation>O vendedor respondeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I escalated it to the platform</source>
        <translation>Escalei para a plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform asked for the item back</source>
        <translation>A plataforma pediu o item de volta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I shipped the item back</source>
        <translation>Enviei o item de volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money came back</source>
        <translation>O dinheiro foi devolvido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform decided against me</source>
        <translation>A plataforma decidiu contra mim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cancelled the dispute</source>
        <translation>Cancelei a disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute is over</source>
        <translation>A disputa terminou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Reembolso total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Chargeback do cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Reclamação no provedor de pagamento</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute steps — order {number}</source>
        <translation>Etapas da disputa — pedido {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disputes of the order</source>
        <translation>Disputas do pedido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps recorded</source>
        <translation>Etapas registradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a step</source>
        <translation>Registrar uma etapa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everything paid, less refunds</source>
        <translation>tudo o que foi pago, menos reembolsos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>o código de rastreio do pacote de devolução</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step</source>
        <translation>Registrar etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove last step…</source>
        <translation>Remover a última etapa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last step of this dispute, recorded by mistake (Edit ▸ Undo brings it back)</source>
        <translation>Desfazer a última etapa desta disputa, registrada por engano (Editar ▸ Desfazer a traz de volta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened:</source>
        <translation>O que aconteceu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Amount refunded:</source>
        <translation>Valor reembolsado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return tracking:</source>
        <translation>Rastreio da devolução:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record money outside a dispute step</source>
        <translation>Registrar dinheiro fora de uma etapa da disputa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayPal, your card issuer, …</source>
        <translation>PayPal, o emissor do seu cartão, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dispute {index} ({platform_id})</source>
        <translation>Disputa {index} ({platform_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute {index}</source>
        <translation>Disputa {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This order has no disputes yet: start one with &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt;. Payments can still be recorded here.</source>
        <translation>Este pedido ainda não tem disputas: inicie uma com &lt;b&gt;Disputa ▸ Nova disputa…&lt;/b&gt;. Pagamentos ainda podem ser registrados aqui.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Dispute {index}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Disputa {index}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked {amount}</source>
        <translation>solicitado {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return tracking {tracking}</source>
        <translation>rastreio da devolução {tracking}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{clock}: {date}&lt;/b&gt; (running)</source>
        <translation>&lt;b&gt;{clock}: {date}&lt;/b&gt; (em andamento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {date} (stopped)</source>
        <translation>{clock}: {date} (parado)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This dispute has no next step: it is settled.</source>
        <translation>Esta disputa não tem próxima etapa: ela está resolvida.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record step “{step}” on dispute {index} of order {number}</source>
        <translation>Registrar a etapa “{step}” na disputa {index} do pedido {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {step}.</source>
        <translation>Registrado: {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded: {step}. {payment} of {amount} recorded.</source>
        <translation>Registrado: {step}. {payment} de {amount} registrado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove last step</source>
        <translation>Remover a última etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the step “{step}” ({time}) from dispute {index}?

The dispute goes back to what the earlier steps made it; a refund recorded with the step is removed too. Edit ▸ Undo (Ctrl+Z) brings the step back.</source>
        <translation>Remover a etapa “{step}” ({time}) da disputa {index}?

A disputa volta ao estado definido pelas etapas anteriores; um reembolso registrado com a etapa também é removido. Editar ▸ Desfazer (Ctrl+Z) traz a etapa de volta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove step “{step}” of dispute {index} of order {number}</source>
        <translation>Remover a etapa “{step}” da disputa {index} do pedido {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed the step “{step}”. Ctrl+Z brings it back.</source>
        <translation>A etapa “{step}” foi removida. Ctrl+Z a traz de volta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {payment} on order {number}</source>
        <translation>Registrar {payment} no pedido {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded: {payment} of {amount}.</source>
        <translation>Registrado: {payment} de {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {payment}.</source>
        <translation>Registrado: {payment}.</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/dispute_wizard.py" line="+70"/>
        <source>Choose a reason and describe what happened: the pre-check reads it as you type.</source>
        <extracomment>How long typing pauses before the pre-check runs again (ms). the finding an empty form always raises; not shown as a problem before anything is entered</extracomment>
        <translation>Escolha um motivo e descreva o que aconteceu: a pré-verificação lê enquanto você digita.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New dispute — order {number}</source>
        <extracomment>the chosen reason id, or None (the evidence checklist follows it)</extracomment>
        <translation>Nova disputa — pedido {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order {number}</source>
        <translation>Pedido {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>paid {amount}</source>
        <translation>pago {amount}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1  What is wrong</source>
        <translation>1  O que está errado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole order</source>
        <translation>O pedido inteiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {index}</source>
        <translation>Item {index}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2  Describe it in your own words</source>
        <translation>2  Descreva com suas próprias palavras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facts only: what you ordered, what arrived or what tracking shows, and when. For example: “I ordered size M in red; the dress is orange and the label says S.”</source>
        <translation>Apenas fatos: o que você pediu, o que chegou ou o que o rastreio mostra, e quando. Por exemplo: “Pedi o tamanho M em vermelho; o vestido é laranja e a etiqueta diz P.”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe it in your own words</source>
        <translation>Descreva com suas próprias palavras</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3  What you ask for</source>
        <extracomment>says a kept draft came back (hidden otherwise)</extracomment>
        <translation>3  O que você pede</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partial refund amount</source>
        <translation>Valor do reembolso parcial</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>4  Description to file (from the order&apos;s facts and your words)</source>
        <translation>4  Descrição para registrar (a partir dos fatos do pedido e das suas palavras)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description to file</source>
        <translation>Descrição para registrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the description is written in. English is what sellers read best.</source>
        <extracomment>the language the description is written in: English (sellers read it best) or the buyer&apos;s, apart from the window&apos;s language</extracomment>
        <translation>O idioma em que a descrição é escrita. Inglês é o que os vendedores leem melhor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Idioma do rascunho:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+436"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Copy the description, to paste into the dispute form</source>
        <translation>Copiar a descrição para colar no formulário da disputa</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a reason…</source>
        <translation>Escolha um motivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received</source>
        <translation>Não recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, but something is wrong</source>
        <translation>Recebido, mas há algo errado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Pre-check&lt;/b&gt; — the platform&apos;s rules, checked as you type</source>
        <translation>&lt;b&gt;Pré-verificação&lt;/b&gt; — as regras da plataforma, verificadas enquanto você digita</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing found: this dispute breaks none of the platform&apos;s rules the app knows.</source>
        <translation>Nada encontrado: esta disputa não viola nenhuma das regras da plataforma que o aplicativo conhece.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export packet…</source>
        <extracomment>The evidence checklist panel goes here (see the module docstring). More buttons for the dispute go here (see the module docstring).</extracomment>
        <translation>Exportar pacote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Platform dispute id:</source>
        <translation>ID da disputa na plataforma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after you file it</source>
        <translation>depois de registrá-la</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as filed</source>
        <translation>Marcar como registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep the description you typed as a draft?</source>
        <translation>Manter a descrição que você digitou como rascunho?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the amount of the {remedy} you ask for.</source>
        <translation>Informe o valor do {remedy} que você pede.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(at most {amount})</source>
        <translation>(no máximo {amount})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose what went wrong. Not received: the parcel never reached you. Received: it arrived, but something is wrong with it.</source>
        <translation>Escolha o que deu errado. Não recebido: o pacote nunca chegou até você. Recebido: ele chegou, mas há algo errado com ele.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n character(s) · at least {least}, at most {most}</source>
        <translation>
            <numerusform>%n caractere · no mínimo {least}, no máximo {most}</numerusform>
            <numerusform>%n caracteres · no mínimo {least}, no máximo {most}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason: the description is drafted from the order&apos;s facts and your words.</source>
        <translation>Escolha um motivo: a descrição é redigida a partir dos fatos do pedido e das suas palavras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> · your words were cut to fit: shorten them</source>
        <translation> · seu texto foi cortado para caber: encurte-o</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n minor fact(s) left out to fit</source>
        <translation>
            <numerusform> · %n fato secundário omitido para caber</numerusform>
            <numerusform> · %n fatos secundários omitidos para caber</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{length} / {limit} characters{note}</source>
        <translation>{length} / {limit} caracteres{note}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dispute window closed on {date}</source>
        <translation>O prazo para disputas terminou em {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open a dispute by &lt;b&gt;{date}&lt;/b&gt; (%n day(s) left)</source>
        <translation>
            <numerusform>Abra uma disputa até &lt;b&gt;{date}&lt;/b&gt; (resta %n dia)</numerusform>
            <numerusform>Abra uma disputa até &lt;b&gt;{date}&lt;/b&gt; (restam %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Check your input:&lt;/b&gt; {error}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Verifique o que foi digitado:&lt;/b&gt; {error}&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blocking problem(s)</source>
        <translation>
            <numerusform>%n problema impeditivo</numerusform>
            <numerusform>%n problemas impeditivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;, and %n warning(s). Fix them first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Não está pronta:&lt;/b&gt; {problems}&lt;/span&gt;, e %n aviso. Corrija-os primeiro.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Não está pronta:&lt;/b&gt; {problems}&lt;/span&gt;, e %n avisos. Corrija-os primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Not ready:&lt;/b&gt; {problems}&lt;/span&gt;. Fix them first.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Não está pronta:&lt;/b&gt; {problems}&lt;/span&gt;. Corrija-os primeiro.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file&lt;/b&gt;&lt;/span&gt;, with %n warning(s) to read first.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pronta para registrar&lt;/b&gt;&lt;/span&gt;, com %n aviso para ler antes.</numerusform>
            <numerusform>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pronta para registrar&lt;/b&gt;&lt;/span&gt;, com %n avisos para ler antes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ready to file.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pronta para registrar.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocked by the pre-check: {problems}.</source>
        <translation>Bloqueada pela pré-verificação: {problems}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File the dispute on the platform, then enter the dispute id it shows.</source>
        <translation>Registre a disputa na plataforma e depois informe o ID da disputa que ela mostrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the dispute as opened today</source>
        <translation>Registrar a disputa como aberta hoje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the summary, the description and your evidence as one ZIP with a verifiable manifest</source>
        <translation>Salvar o resumo, a descrição e suas provas em um único ZIP com um manifesto verificável</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the packet {name}.</source>
        <translation>Pacote {name} salvo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File a dispute on order {number}</source>
        <translation>Registrar uma disputa no pedido {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the dispute</source>
        <translation>Não é possível registrar a disputa</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <location filename="../../aliassist/services/disputes/steps.py" line="+73"/>
        <source>{at} is in the future</source>
        <extracomment>the payment recorded with the step (refunds), if any the clock the step started, and when it ends</extracomment>
        <translation>{at} está no futuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record steps when they happen</source>
        <translation>registre as etapas quando acontecerem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{at} is before {what} ({not_before})</source>
        <translation>{at} é anterior a {what} ({not_before})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown step {step}; steps: {steps}</source>
        <translation>etapa desconhecida {step}; etapas: {steps}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it can next be: {steps}</source>
        <translation>a próxima etapa pode ser: {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no next step; a new problem needs a new dispute</source>
        <translation>não há próxima etapa; um novo problema exige uma nova disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispute {index} of order {number} is {status}, so it cannot be {step}</source>
        <translation>a disputa {index} do pedido {number} está {status}, então não pode ser {step}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a tracking number goes with return_requested or return_shipped</source>
        <translation>um código de rastreio acompanha return_requested ou return_shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an amount goes with the refunded step</source>
        <translation>um valor acompanha a etapa refunded</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>order {number} has no amount paid; give the amount refunded</source>
        <translation>o pedido {number} não tem valor pago; informe o valor reembolsado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a refund of 0 is not a refund; record the dispute as rejected or closed instead</source>
        <translation>um reembolso de 0 não é um reembolso; registre a disputa como rejeitada ou encerrada</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a dispute needs a reason</source>
        <extracomment>The dispute event that records a pre-check overridden on purpose (--force, &quot;Record anyway&quot;).</extracomment>
        <translation>uma disputa precisa de um motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pre-check blocks this dispute ({rules})</source>
        <translation>a verificação prévia bloqueia esta disputa ({rules})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no order with id {order_id}</source>
        <translation>nenhum pedido com id {order_id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order {number} already has a dispute {platform_id}</source>
        <translation>o pedido {number} já tem uma disputa {platform_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown payment kind {kind}; kinds: {kinds}</source>
        <translation>tipo de pagamento desconhecido {kind}; tipos: {kinds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the amount of the {value}</source>
        <translation>informe o valor de {value}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>dispute {dispute} of order {number} has no step to remove: only its filing is recorded</source>
        <translation>a disputa {dispute} do pedido {number} não tem etapa para remover: só a abertura está registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the dispute itself in the order&apos;s editor</source>
        <translation>remova a própria disputa no editor do pedido</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{amount} is more than was paid (less refunds): {limit}</source>
        <translation>{amount} é mais do que foi pago (menos reembolsos): {limit}</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/disputes/validation.py" line="+33"/>
        <source>choose a reason; valid reasons: {reasons}</source>
        <translation>escolha um motivo; motivos válidos: {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {item} does not exist; {items}</source>
        <translation>o item {item} não existe; {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown remedy {remedy}; valid remedies: {remedies}</source>
        <translation>solução desconhecida {remedy}; soluções válidas: {remedies}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount goes with the remedy {remedy}</source>
        <translation>um valor acompanha a solução {remedy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a refund of 0 asks for nothing</source>
        <translation>um reembolso de 0 não pede nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remedy {remedy} needs the amount you ask for</source>
        <translation>a solução {remedy} precisa do valor que você pede</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no disputes</source>
        <translation>o pedido {number} não tem disputas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist dispute opened` records one</source>
        <translation>`aliassist dispute opened` registra uma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has {count} disputes; say which: {disputes}</source>
        <translation>o pedido {number} tem {count} disputas; diga qual: {disputes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order {number} has no dispute {ref}; its disputes: {disputes}</source>
        <translation>o pedido {number} não tem a disputa {ref}; suas disputas: {disputes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order {number} has no currency; add the amount paid and its currency to the order first</source>
        <translation>o pedido {number} não tem moeda; adicione primeiro ao pedido o valor pago e a moeda</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../aliassist/i18n_domain.py" line="+22"/>
        <source>open</source>
        <extracomment>the domain&apos;s texts, marked (they must read exactly as in domain/dispute_steps.py and domain/estimates.py: tests/test_i18n_domain.py checks every one is here)</extracomment>
        <translation>aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered by the seller</source>
        <translation>respondida pelo vendedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the return</source>
        <translation>aguardando a devolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the returned item to arrive</source>
        <translation>aguardando a chegada do item devolvido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <translation>reembolsada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as answered by the seller</source>
        <translation>marcada como respondida pelo vendedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as waiting for a return</source>
        <translation>marcada como aguardando devolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as return shipped</source>
        <translation>marcada como devolução enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as refunded</source>
        <translation>marcada como reembolsada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as rejected</source>
        <translation>marcada como rejeitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seller answered the dispute</source>
        <translation>o vendedor respondeu à disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you escalated the dispute to the platform</source>
        <translation>você escalou a disputa para a plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform asked for the item back</source>
        <translation>a plataforma pediu a devolução do item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you shipped the item back</source>
        <translation>você devolveu o item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the money came back (records the refund as a payment)</source>
        <translation>o dinheiro voltou (registra o reembolso como um pagamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform decided against you</source>
        <translation>a plataforma decidiu contra você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cancelled the dispute</source>
        <translation>você cancelou a disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute is over</source>
        <translation>a disputa terminou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order status says receipt was confirmed, but not when: the earliest date it can have been is used</source>
        <translation>o status do pedido indica que o recebimento foi confirmado, mas não quando: usa-se a data mais cedo possível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of the tracking&apos;s last update, which says delivered</source>
        <translation>a data da última atualização do rastreio, que indica entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the usual protection length; the order page shows the real end date</source>
        <translation>a duração habitual da proteção; a página do pedido mostra a data de término real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the earliest</source>
        <translation>no mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>aprox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>recebimento confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection length</source>
        <translation>duração da proteção</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+93"/>
        <source>No orders yet</source>
        <translation>Ainda não há pedidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliAssist keeps the Buyer Protection clock of every order and warns you before a deadline passes.&lt;br&gt;&lt;br&gt;&lt;b&gt;Import your orders&lt;/b&gt; from the file an exporter made (AliExpress Order Exporter, AliExpress Bulk Order Exporter, or any CSV/TSV), drop the file on this window or paste rows with Ctrl+V; or &lt;b&gt;add an order&lt;/b&gt; from its order page.</source>
        <translation>O AliAssist acompanha o prazo da Proteção ao Comprador de cada pedido e avisa você antes que um prazo termine.&lt;br&gt;&lt;br&gt;&lt;b&gt;Importe seus pedidos&lt;/b&gt; do arquivo gerado por um exportador (AliExpress Order Exporter, AliExpress Bulk Order Exporter ou qualquer CSV/TSV), solte o arquivo nesta janela ou cole linhas com Ctrl+V; ou &lt;b&gt;adicione um pedido&lt;/b&gt; a partir da página do pedido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an order…</source>
        <translation>Adicionar um pedido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders…</source>
        <translation>Importar pedidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data file…</source>
        <translation>Importar um arquivo de dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it with sample orders</source>
        <translation>Experimentar com pedidos de exemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate sample database with made-up orders in every state; your own data is not touched</source>
        <translation>Abre um banco de dados de exemplo separado com pedidos fictícios em todos os estados; seus próprios dados não são alterados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Ler o guia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New to it? Look around first:</source>
        <translation>É novo por aqui? Dê uma olhada primeiro:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../aliassist/services/evidence.py" line="+109"/>
        <source>order {number} has no dispute {dispute} (it has {count}, numbered from 1)</source>
        <extracomment>Thumbnail sizes the GUI asks for (longest side, pixels): strip and viewer. sha256 -&gt; facts of the stored content index into order.evidence -&gt; findings about that file sha256 of the files the order lists that are not in the vault (lost, or a restored backup&apos;s file deleted before backups kept them): shown as missing, never silently</extracomment>
        <translation>o pedido {number} não tem a disputa {dispute} (tem {count}, numeradas a partir de 1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>say which reason (--reason), or which dispute (--dispute)</source>
        <translation>diga qual motivo (--reason) ou qual disputa (--dispute)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no files given</source>
        <extracomment>the same content was already attached (to the same dispute and item): nothing was added the picture names the GPS position where it was taken (a packet leaves it out, unless asked to keep it; the vault keeps the original as it is) the index of the same content attached for another checklist item (one file may serve several items: this new entry counts it for the item named)</extracomment>
        <translation>nenhum arquivo informado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {kind}; kinds: {kinds}</source>
        <translation>tipo desconhecido {kind}; tipos: {kinds}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{item}” ({id}) takes {kinds}, not {kind}</source>
        <translation>“{item}” ({id}) aceita {kinds}, não {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{item}” takes {kinds}; the content is {content}</source>
        <translation>“{item}” aceita {kinds}; o conteúdo é {content}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose the kind that says what the file is (--kind)</source>
        <translation>escolha o tipo que diz o que é o arquivo (--kind)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>order {number} has no evidence {index}</source>
        <extracomment>the stored copy was deleted (nothing else referred to it) the stored copy was kept because a backup lists it (restoring that backup needs it)</extracomment>
        <translation>o pedido {number} não tem a prova {index}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind {kind}</source>
        <translation>tipo desconhecido {kind}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no evidence of order {number} is called {name}</source>
        <translation>nenhuma prova do pedido {number} se chama {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`aliassist evidence NUMBER` lists them</source>
        <translation>`aliassist evidence NUMBER` lista as provas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files match; give the index instead ({indices})</source>
        <translation>{count} arquivos correspondem; informe o índice ({indices})</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>order {number} has no evidence {index} (it has {count}, counted from 0)</source>
        <translation>o pedido {number} não tem a prova {index} (tem {count}, contadas a partir de 0)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_dialog.py" line="+30"/>
        <source>Evidence for order {number}</source>
        <translation>Provas do pedido {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute {index}: {reason}</source>
        <translation>Disputa {index}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: {label}</source>
        <translation>Motivo: {label}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist &amp;for:</source>
        <translation>Lista de verificação &amp;para:</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../aliassist/gui/evidence/evidence_viewer.py" line="+83"/>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is:</source>
        <translation>O que é:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for:</source>
        <translation>Conta para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute:</source>
        <translation>Disputa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>Imagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken:</source>
        <translation>Tirada em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Adicionada em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with another app…</source>
        <translation>Abrir com outro aplicativo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the stored, read-only copy with your system&apos;s app for this type (to play a video, read a PDF).</source>
        <translation>Abre a cópia armazenada, somente leitura, com o aplicativo do seu sistema para este tipo (para reproduzir um vídeo, ler um PDF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence: {name}</source>
        <translation>Prova: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{position} of {count}</source>
        <translation>{position} de {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (camera)</source>
        <translation>{time} (câmera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (file date)</source>
        <translation>{time} (data do arquivo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No item chosen: counts where its kind fits</source>
        <translation>Nenhum item escolhido: conta onde o tipo dela se encaixar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole order</source>
        <translation>O pedido inteiro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule {rule}</source>
        <translation>Regra {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ No warnings about this file.</source>
        <translation>✔ Nenhum aviso sobre este arquivo.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+29"/>
        <source>Search order number, store, item or tracking number (Ctrl+F)</source>
        <translation>Pesquisar número do pedido, loja, item ou código de rastreio (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search orders</source>
        <translation>Pesquisar pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show orders in state</source>
        <translation>Mostrar pedidos no estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders of account</source>
        <translation>Mostrar pedidos da conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mine</source>
        <translation>&amp;Meus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the orders assigned to me</source>
        <translation>Mostrar apenas os pedidos atribuídos a mim</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the orders assigned to you. Who you are is not known on this database: set your name in Settings ▸ You.</source>
        <extracomment>the current user (&quot;Mine&quot; shows their orders); None: not known, &quot;Mine&quot; is off</extracomment>
        <translation>Apenas os pedidos atribuídos a você. Neste banco de dados não se sabe quem você é: defina seu nome em Configurações ▸ Você.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the orders assigned to you ({me})</source>
        <translation>Apenas os pedidos atribuídos a você ({me})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>Sem conta</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../aliassist/gui/dispute/findings_view.py" line="+27"/>
        <source>Blocks</source>
        <extracomment>severity -&gt; its badge (the words; the colours are theme&apos;s &quot;severity.*&quot; tints and marks)</extracomment>
        <translation>Bloqueia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Instead:&lt;/b&gt; {fix}</source>
        <extracomment>severity -&gt; the mark drawn beside its card and under its words the card&apos;s background and text colour (theme&apos;s tint for the severity)</extracomment>
        <translation>&lt;b&gt;Em vez disso:&lt;/b&gt; {fix}</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location line="+27"/>
        <source>Nothing found.</source>
        <translation>Nada encontrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="+116"/>
        <source>{app} guide</source>
        <translation>Guia do {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../aliassist/services/history.py" line="+108"/>
        <location line="+16"/>
        <source>expected a JSON object</source>
        <translation>esperava-se um objeto JSON</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unknown field (known fields: dispute_events, notifications, settings, mail_events)</source>
        <translation>campo desconhecido (campos conhecidos: dispute_events, notifications, settings, mail_events)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected a list</source>
        <translation>esperava-se uma lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no order {number} in the file or the database</source>
        <translation>nenhum pedido {number} no arquivo nem no banco de dados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>faltando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the order has no dispute {position} (disputes count from 0)</source>
        <translation>o pedido não tem a disputa {position} (as disputas são contadas a partir de 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an amount needs the order&apos;s currency</source>
        <translation>um valor precisa da moeda do pedido</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>expected true or false</source>
        <translation>esperava-se true ou false</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="+13"/>
        <source>Line</source>
        <extracomment>the fields shown in the columns between Line and the problem, for a skipped row&apos;s raw cells</extracomment>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import orders</source>
        <translation>Importar pedidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buyer account:</source>
        <translation>Conta do comprador:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (optional)</source>
        <translation>nenhuma (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts written without a currency are in:</source>
        <translation>Valores escritos sem moeda estão em:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates are written:</source>
        <translation>As datas são escritas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file shows</source>
        <translation>como o arquivo mostra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change columns…</source>
        <translation>Alterar colunas…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buyer account</source>
        <translation>Conta do comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts written without a currency are in</source>
        <translation>Valores escritos sem moeda estão em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to import</source>
        <translation>Pedidos a importar</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Showing the first %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Mostrando a primeira %n linha: {good} podem ser importados</numerusform>
            <numerusform>Mostrando as primeiras %n linhas: {good} podem ser importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing all %n row(s): {good} can be imported</source>
        <translation>
            <numerusform>Mostrando %n linha: {good} podem ser importados</numerusform>
            <numerusform>Mostrando todas as %n linhas: {good} podem ser importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} will be skipped&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{bad} serão ignorados&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown}{skipped}. Nothing is written until you choose Import.</source>
        <translation>{shown}{skipped}. Nada é gravado até você escolher Importar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>how the file writes dates (its dates read as month/day and as day/month, and none of them tells which)</source>
        <translation>como o arquivo escreve as datas (as datas podem ser lidas como mês/dia e como dia/mês, e nenhuma delas indica qual)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the currency of its amounts (they are written without one)</source>
        <translation>a moeda dos valores (eles estão escritos sem moeda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose {first} and {second} above, then Import.</source>
        <translation>Escolha {first} e {second} acima e depois Importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose {first} above, then Import.</source>
        <translation>Escolha {first} acima e depois Importar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rest of the file is read when you import; rows with problems are listed in the report afterwards.</source>
        <translation>O restante do arquivo é lido na importação; as linhas com problemas são listadas depois no relatório.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="+12"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished — some rows were skipped</source>
        <translation>Importação concluída — algumas linhas foram ignoradas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new order(s), {updated} updated, {unchanged} unchanged</source>
        <translation>
            <numerusform>%n pedido novo, {updated} atualizados, {unchanged} inalterados</numerusform>
            <numerusform>%n pedidos novos, {updated} atualizados, {unchanged} inalterados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Por que foi ignorada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n row(s) skipped&lt;/b&gt; (lines of the file, the header is line 1). Everything else was imported; fix these rows and import the file again: what is already in changes nothing.</source>
        <translation>
            <numerusform>&lt;b&gt;%n linha ignorada&lt;/b&gt; (linhas do arquivo; o cabeçalho é a linha 1). Todo o resto foi importado; corrija estas linhas e importe o arquivo novamente: o que já está lá não muda nada.</numerusform>
            <numerusform>&lt;b&gt;%n linhas ignoradas&lt;/b&gt; (linhas do arquivo; o cabeçalho é a linha 1). Todo o resto foi importado; corrija estas linhas e importe o arquivo novamente: o que já está lá não muda nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped rows</source>
        <translation>Linhas ignoradas</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../aliassist/importers/datafile.py" line="+108"/>
        <source>cannot read the file: {strerror}</source>
        <extracomment>estimate source keys, and the date each one qualifies The default policy&apos;s zone (AliExpress: Asia/Shanghai); callers pass their policy&apos;s. the order&apos;s version when it was exported (team databases: an order saved since then by someone else is not overwritten)</extracomment>
        <translation>não é possível ler o arquivo: {strerror}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/importers/sources.py" line="+135"/>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {msg}</source>
        <translation>JSON inválido: {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a data file: its JSON is nested too deeply</source>
        <translation>não é um arquivo de dados: seu JSON está aninhado demais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;orders&quot;</source>
        <translation>esperava-se um objeto JSON com &quot;format&quot;, &quot;version&quot; e &quot;orders&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an AliAssist data file (&quot;format&quot; must be &quot;{FORMAT}&quot;)</source>
        <translation>não é um arquivo de dados do AliAssist (&quot;format&quot; deve ser &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer AliAssist (data file version {version}; this one reads version {VERSION})</source>
        <translation>gravado por um AliAssist mais recente (versão do arquivo de dados {version}; este lê a versão {VERSION})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;orders&quot; must be a list</source>
        <translation>&quot;orders&quot; deve ser uma lista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>order {number} appears twice (also {value})</source>
        <translation>o pedido {number} aparece duas vezes (também {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON object</source>
        <translation>esperava-se um objeto JSON</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field (known fields: {value})</source>
        <translation>campo desconhecido (campos conhecidos: {value})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+224"/>
        <source>missing</source>
        <translation>faltando</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>expected text, got {value}</source>
        <translation>esperava-se texto, veio {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not one of: {value2}</source>
        <translation>{value} não é um destes: {value2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number, got {value}</source>
        <translation>esperava-se um número inteiro, veio {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {minimum}</source>
        <translation>deve ser no mínimo {minimum}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an amount such as &quot;20.00&quot;, got {value}</source>
        <translation>esperava-se um valor como &quot;20.00&quot;, veio {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an amount needs the order&apos;s &quot;currency&quot;</source>
        <translation>um valor precisa da &quot;currency&quot; do pedido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list</source>
        <translation>esperava-se uma lista</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an estimate source without the date {date_key}</source>
        <translation>uma fonte de estimativa sem a data {date_key}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>esperavam-se 64 dígitos hexadecimais minúsculos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>evidence path {shown} must be relative to the data file&apos;s folder (such as &quot;evidence/photo.jpg&quot;)</source>
        <translation>o caminho da prova {shown} deve ser relativo à pasta do arquivo de dados (como &quot;evidence/photo.jpg&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} leaves the data file&apos;s folder (&quot;..&quot;); evidence files must be in that folder or below it</source>
        <translation>o caminho da prova {shown} sai da pasta do arquivo de dados (&quot;..&quot;); os arquivos de provas devem estar nessa pasta ou abaixo dela</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>evidence file {shown} not found (looked in {folder})</source>
        <translation>arquivo de provas {shown} não encontrado (procurado em {folder})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evidence file {shown} cannot be read: {strerror}</source>
        <translation>não é possível ler o arquivo de provas {shown}: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence path {shown} goes through a symbolic link ({part}); only files really inside the data file&apos;s folder are imported</source>
        <translation>o caminho da prova {shown} passa por um link simbólico ({part}); só são importados arquivos realmente dentro da pasta do arquivo de dados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence file {shown} not found ({part} is not a folder)</source>
        <translation>arquivo de provas {shown} não encontrado ({part} não é uma pasta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file {shown} {problem}</source>
        <translation>o arquivo de provas {shown} {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains {bad}, half of a character, which is not text that can be stored</source>
        <translation>contém {bad}, metade de um caractere, que não é texto que possa ser armazenado</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>is a symbolic link; AliAssist writes the evidence only into a real folder</source>
        <translation>é um link simbólico; o AliAssist grava as provas apenas em uma pasta real</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>evidence file {name} has changed in the vault since it was stored (its content no longer matches its SHA-256); the export was stopped</source>
        <translation>o arquivo de provas {name} mudou no cofre desde que foi armazenado (seu conteúdo não corresponde mais ao SHA-256); a exportação foi interrompida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy evidence file {name}: {strerror}</source>
        <translation>não é possível copiar o arquivo de provas {name}: {strerror}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/layouts.py" line="+144"/>
        <source>the remembered column mapping is unreadable</source>
        <extracomment>a column given by its position, `#1` to `#99999` (ASCII digits; `#²` is a column name) Fields that hold a date; the rest are text, amounts or quantities. header text -&gt; field (None: a column the app does not use) how numeric dates are written in this layout (None: the exporter writes none; numeric ones come from a spreadsheet, in its locale&apos;s order) how the exporter itself writes numeric dates (a spreadsheet may rewrite them) more header texts for the same columns (normalized) What a column of that name most likely holds, for the mapping step&apos;s first guess. None: not said; the file&apos;s own dates decide, or the person is asked how the layout&apos;s exporter writes dates: used for dates in its form until the file says</extracomment>
        <translation>o mapeamento de colunas memorizado não pode ser lido</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the header looks like the {name}&apos;s but has no {value} column</source>
        <translation>o cabeçalho parece o de {name}, mas não tem a coluna {value}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/rows.py" line="+164"/>
        <source>{column}: has bytes that are not text in the file&apos;s encoding</source>
        <extracomment>The longest text each field may hold (the store&apos;s column sizes). Why a row whose order number a spreadsheet damaged is skipped. Fields read as values (dates, amounts, numbers), not as text. when receipt was confirmed, at the earliest: set for &quot;Completed&quot; orders identifies the row&apos;s content, for finding repeated rows the number is longer than 15 digits and ends in zeros past the 15th the row&apos;s order dates given without a time, space-separated (records.ORDER_DATES) where the inferred receipt and delivery dates came from (domain.estimates.SOURCES) seconds since 1970 now: dates more than a day after it are refused (None: no check) (field, column, longest text) for each mapped field; 0: not a text field some long number in the file keeps digits past the 15th: nothing cut them some number in the file was certainly mangled (scientific notation, many zeros) distinct numbers whose digits past the 15th are all zero</extracomment>
        <translation>{column}: tem bytes que não são texto na codificação do arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{column}: longer than {limit} characters</source>
        <translation>{column}: mais de {limit} caracteres</translation>
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
        <translation>{column}: {value} termina em zeros após o 15º dígito (uma planilha os zerou): {DAMAGED}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{column}: the order number is missing</source>
        <translation>{column}: falta o número do pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{column}: the order date is missing</source>
        <translation>{column}: falta a data do pedido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column}: the order date {placed} is in the future</source>
        <translation>{column}: a data do pedido {placed} está no futuro</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{column}: in {found}, but the row&apos;s other amounts are in {currency}</source>
        <translation>{column}: em {found}, mas os outros valores da linha estão em {currency}</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/sources.py" line="-57"/>
        <location line="+43"/>
        <source>the file is empty: it has no header and no rows</source>
        <extracomment>One cell may hold this many characters (csv&apos;s default of 128 KB is too small for titles pasted with their descriptions, and a bad file should get a message, not a crash). the open stream, kept referenced while rows are read</extracomment>
        <translation>o arquivo está vazio: não tem cabeçalho nem linhas</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>this is an old Excel .xls workbook</source>
        <translation>esta é uma pasta de trabalho antiga do Excel (.xls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is nothing to import: the pasted text is empty</source>
        <translation>não há nada para importar: o texto colado está vazio</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>cannot read past line {line}: {exc}</source>
        <translation>não é possível ler além da linha {line}: {exc}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is empty: the sheet has no header and no rows</source>
        <translation>o arquivo está vazio: a planilha não tem cabeçalho nem linhas</translation>
    </message>
    <message>
        <location filename="../../aliassist/importers/values.py" line="+108"/>
        <source>{value} is not a date</source>
        <extracomment>how the layout&apos;s own exporter writes dates (3/5/2026: unpadded, 4-digit year); used for dates in that form until the file decides otherwise the file&apos;s own dates decided `order` (a day over 12)</extracomment>
        <translation>{value} não é uma data</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>a data está vazia</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>{text} is not a date</source>
        <translation>{text} não é uma data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date (unknown month name)</source>
        <translation>{text} não é uma data (nome de mês desconhecido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>{text} is not a date (no such day)</source>
        <translation>{text} não é uma data (esse dia não existe)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{text} is not a date (write the year with 4 digits)</source>
        <translation>{text} não é uma data (escreva o ano com 4 dígitos)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>{text} is not a time of day</source>
        <translation>{text} não é uma hora do dia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{whole} is not a date (write the year with 4 digits)</source>
        <translation>{whole} não é uma data (escreva o ano com 4 dígitos)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the currency is empty</source>
        <extracomment>Currency marks as order pages show them, longest first where one contains another. Marks that several currencies share: the file must say which.</extracomment>
        <translation>a moeda está vazia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} can mean {value}; choose the currency</source>
        <translation>{text} pode significar {value}; escolha a moeda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} is not a currency this app knows</source>
        <translation>{text} não é uma moeda que o aplicativo conhece</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>{value} is not an amount</source>
        <translation>{value} não é um valor</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the amount is not a number</source>
        <translation>o valor não é um número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not an amount such as 12.34 or US $12.34</source>
        <translation>{text} não é um valor como 12.34 ou US $12.34</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is negative</source>
        <translation>{value} é negativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is too large an amount</source>
        <translation>{value} é um valor grande demais</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} has more than {places} decimals for {currency}</source>
        <translation>{value} tem mais de {places} casas decimais para {currency}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a quantity (a whole number)</source>
        <translation>{text} não é uma quantidade (um número inteiro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} is not a quantity (1 or more)</source>
        <translation>{number} não é uma quantidade (1 ou mais)</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/imports.py" line="+171"/>
        <source>{new}, {updated} updated, {unchanged} unchanged</source>
        <extracomment>Settings key: remembered column mappings, by header signature. Rows staged per batch (and how often progress is reported). pasted rows without a header: `header` only names the columns by position</extracomment>
        <translation>{new}, {updated} atualizados, {unchanged} inalterados</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n pedido novo</numerusform>
            <numerusform>%n pedidos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be skipped</source>
        <translation>
            <numerusform>%n linha seria ignorada</numerusform>
            <numerusform>%n linhas seriam ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were skipped</source>
        <translation>
            <numerusform>%n linha foi ignorada</numerusform>
            <numerusform>%n linhas foram ignoradas</numerusform>
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
        <translation>campo desconhecido {field}; campos: {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column {column} in the file (columns: {columns}; or #1 to #{last} by position)</source>
        <translation>nenhuma coluna {column} no arquivo (colunas: {columns}; ou #1 a #{last} pela posição)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>map at least {fields}</source>
        <translation>mapeie pelo menos {fields}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>the file has a header but no rows</source>
        <extracomment>the line&apos;s cells as read from the file (shown for a row that will be skipped) the preview stopped before the end of the file how the rows&apos; numeric dates were read (None: the file has none that needed an order) the file&apos;s dates read both ways and nothing decides: the person must choose amounts without a currency and none chosen: the person must choose</extracomment>
        <translation>o arquivo tem cabeçalho, mas nenhuma linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the orders again</source>
        <translation>exporte os pedidos novamente</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <location filename="../../aliassist/gui/fields.py" line="+68"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a time, the date means 00:00 of that day in the platform&apos;s time zone, the earliest moment it can mean.</source>
        <translation>Sem hora, a data significa 00:00 desse dia no fuso horário da plataforma, o momento mais cedo que ela pode significar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of day</source>
        <translation>hora do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a date</source>
        <translation>tem data</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../aliassist/gui/evidence/checklist_panel.py" line="-444"/>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Done</source>
        <translation>✔ Pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Missing</source>
        <translation>✗ Faltando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not yet</source>
        <translation>– Ainda não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Not needed</source>
        <translation>– Não necessário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files for {label}</source>
        <translation>Adicionar arquivos para {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for {label}</source>
        <translation>Arquivos para {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed for this order</source>
        <translation>Não necessário para este pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {why} Takes: {kinds}.</source>
        <translation>Por quê: {why} Aceita: {kinds}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Other files of this order</source>
        <translation>Outros arquivos deste pedido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add other files of this order</source>
        <translation>Adicionar outros arquivos deste pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached, but not counted for this reason&apos;s checklist. Right-click a file to count it for an item.</source>
        <translation>Anexados, mas não contam para a lista deste motivo. Clique com o botão direito em um arquivo para que ele conte para um item.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop files here from your file manager, or use “Add files…”</source>
        <translation>Solte arquivos aqui a partir do gerenciador de arquivos ou use “Adicionar arquivos…”</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aliassist/services/language.py" line="+19"/>
        <source>AliAssist does not speak {code}</source>
        <translation>o AliAssist não fala {code}</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/language_settings.py" line="+19"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language (%1)</source>
        <translation>O idioma do sistema (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies after a restart of AliAssist: close it (also from the tray) and start it again.</source>
        <translation>É aplicado após reiniciar o AliAssist: feche-o (também pela bandeja) e inicie-o novamente.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language from the next start</source>
        <translation>Idioma a partir da próxima inicialização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist speaks the language you chose from its next start. Close it (also from the tray) and start it again.</source>
        <translation>O AliAssist usará o idioma escolhido a partir da próxima inicialização. Feche-o (também pela bandeja) e inicie-o novamente.</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="+263"/>
        <source>Reading mail…</source>
        <translation>Lendo os e-mails…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the mail</source>
        <translation>Não é possível ler os e-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading mail cancelled: nothing was written.</source>
        <translation>Leitura dos e-mails cancelada: nada foi gravado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>E-mail import cancelled: nothing was written.</source>
        <translation>Importação de e-mails cancelada: nada foi gravado.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Saving what the mail says…</source>
        <translation>Salvando o que os e-mails dizem…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written</source>
        <translation>Nada foi gravado</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/mail_import.py" line="+37"/>
        <source>Placed</source>
        <extracomment>how a field is named to people, in the preview (marked for lupdate; shown through field_label, which translates them)</extracomment>
        <translation>Feito em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Recebimento confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders would be updated, {created} created, {events} new events</source>
        <extracomment>the order is not stored: the import creates it, marked as from mail the new events (messages not read before), earliest first the platform&apos;s messages already read by an earlier import (they change nothing)</extracomment>
        <translation>{messages} mensagens lidas, {platform} da plataforma; {updated} pedidos seriam atualizados, {created} criados, {events} eventos novos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{messages} messages read, {platform} from the platform; {updated} orders were updated, {created} created, {events} new events</source>
        <translation>{messages} mensagens lidas, {platform} da plataforma; {updated} pedidos foram atualizados, {created} criados, {events} eventos novos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {count} messages were read before</source>
        <translation>; {count} mensagens já tinham sido lidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {count} skipped</source>
        <translation>; {count} ignoradas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name at least one mail file or folder</source>
        <translation>informe pelo menos um arquivo ou pasta de e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mail found: no .eml file, mbox or Maildir folder</source>
        <translation>nenhum e-mail encontrado: nenhum arquivo .eml, mbox ou pasta Maildir</translation>
    </message>
</context>
<context>
    <name>MailPreviewDialog</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-130"/>
        <source>Import e-mails — preview</source>
        <translation>Importar e-mails — pré-visualização</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n message(s) read&lt;/b&gt;, {platform} from the platform.</source>
        <translation>
            <numerusform>&lt;b&gt;%n mensagem lida&lt;/b&gt;, {platform} da plataforma.</numerusform>
            <numerusform>&lt;b&gt;%n mensagens lidas&lt;/b&gt;, {platform} da plataforma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) to update, {added} to add from mail, {events} new events</source>
        <translation>
            <numerusform>%n pedido a atualizar, {added} a adicionar a partir dos e-mails, {events} eventos novos</numerusform>
            <numerusform>%n pedidos a atualizar, {added} a adicionar a partir dos e-mails, {events} eventos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;Imported before, so they change nothing: %n message(s).</source>
        <translation>
            <numerusform>&lt;br&gt;Importada antes, então não muda nada: %n mensagem.</numerusform>
            <numerusform>&lt;br&gt;Importadas antes, então não mudam nada: %n mensagens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only dates the app left empty are filled; a date you entered is kept.</source>
        <translation>Apenas as datas que o aplicativo deixou vazias são preenchidas; uma data que você informou é mantida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the mail</source>
        <translation>Dos e-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes ({changes})</source>
        <translation>Alterações ({changes})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message or file</source>
        <translation>Mensagem ou arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was skipped</source>
        <translation>Por que foi ignorado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped ({count})</source>
        <translation>Ignorados ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply changes</source>
        <translation>Aplicar alterações</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (new, from mail)</source>
        <translation>  (novo, dos e-mails)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event noted</source>
        <translation>Evento registrado</translation>
    </message>
</context>
<context>
    <name>MailSourcesDialog</name>
    <message>
        <location line="-147"/>
        <source>Import e-mails</source>
        <translation>Importar e-mails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the mail</source>
        <translation>Ler os e-mails</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mail files</source>
        <translation>Arquivos de e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of mail</source>
        <translation>Uma pasta de e-mails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aliassist/gui/main_window.py" line="+24"/>
        <source>Undo</source>
        <extracomment>emitted after every reload: the orders (may) have changed (the notifier re-plans) undo and redo of edits, deletions, dispute steps and evidence changes</extracomment>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order details</source>
        <translation>Detalhes do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sample orders</source>
        <extracomment>the buyer&apos;s own data while the window shows the sample database says the window shows sample orders, with the way back</extracomment>
        <translation>Pedidos de exemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sample orders&lt;/b&gt; — made up, in a separate database; your own orders are not here and nothing you do here touches them.</source>
        <translation>&lt;b&gt;Pedidos de exemplo&lt;/b&gt; — fictícios, em um banco de dados separado; seus próprios pedidos não estão aqui e nada do que você fizer aqui os afeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+717"/>
        <source>&amp;Back to my orders</source>
        <translation>&amp;Voltar aos meus pedidos</translation>
    </message>
    <message>
        <location line="-641"/>
        <source>&amp;New order…</source>
        <extracomment>shown when the search and filters leave no order: says how to get them back other people&apos;s changes on a team database, refreshed as they are committed</extracomment>
        <translation>&amp;Novo pedido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order from its order page</source>
        <translation>Adicionar um pedido a partir da página do pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Editar pedido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected order (Enter in the orders table)</source>
        <translation>Editar o pedido selecionado (Enter na tabela de pedidos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete order</source>
        <translation>E&amp;xcluir pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected orders (can be undone)</source>
        <translation>Excluir os pedidos selecionados (pode ser desfeito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence…</source>
        <translation>P&amp;rovas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence checklist of the selected order</source>
        <translation>A lista de provas do pedido selecionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ssign…</source>
        <translation>A&amp;tribuir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected orders to a person (their deadline notices go to that person only)</source>
        <translation>Atribuir os pedidos selecionados a uma pessoa (os avisos de prazo vão apenas para essa pessoa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;orders…</source>
        <translation>Importar &amp;pedidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an exporter&apos;s CSV, TSV or XLSX file (preview first)</source>
        <translation>Importar um arquivo CSV, TSV ou XLSX de um exportador (com pré-visualização)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste orders</source>
        <translation>C&amp;olar pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import rows copied from an exporter file or a spreadsheet (preview first)</source>
        <translation>Importar linhas copiadas de um arquivo de exportador ou de uma planilha (com pré-visualização)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;e-mails…</source>
        <translation>Importar &amp;e-mails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read shipped, delivered and confirmed dates from the platform&apos;s e-mails in your mail files (preview first)</source>
        <translation>Ler as datas de envio, entrega e confirmação dos e-mails da plataforma nos seus arquivos de e-mail (com pré-visualização)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;data file…</source>
        <translation>Importar arquivo de &amp;dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an AliAssist JSON data file</source>
        <translation>Importar um arquivo de dados JSON do AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export data file…</source>
        <translation>E&amp;xportar arquivo de dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every order and its evidence</source>
        <translation>Salvar todos os pedidos e suas provas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search orders by number, store, item or tracking</source>
        <translation>Pesquisar pedidos por número, loja, item ou rastreio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show all orders</source>
        <translation>&amp;Mostrar todos os pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Limpar a pesquisa e os filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;pane</source>
        <translation>&amp;Painel do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the order pane</source>
        <translation>Mostrar ou ocultar o painel do pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About AliAssist</source>
        <translation>&amp;Sobre o AliAssist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clocks mean, how to import, how the pre-check works</source>
        <translation>O que significam os prazos, como importar, como funciona a pré-verificação</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+581"/>
        <source>&amp;Try it with sample orders</source>
        <translation>&amp;Experimentar com pedidos de exemplo</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>A separate database of made-up orders</source>
        <translation>Um banco de dados separado com pedidos fictícios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Descending</source>
        <translation>&amp;Decrescente</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n order(s) · {attention} need attention</source>
        <translation>
            <numerusform>%n pedido · {attention} precisam de atenção</numerusform>
            <numerusform>%n pedidos · {attention} precisam de atenção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+512"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-511"/>
        <source>{shown} of %n order(s)</source>
        <translation>
            <numerusform>{shown} de %n pedido</numerusform>
            <numerusform>{shown} de %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “{words}”</source>
        <translation>Nenhum pedido corresponde a “{words}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order matches these filters</source>
        <translation>Nenhum pedido corresponde a estes filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}. Press Esc in the search box to clear it, or View ▸ Show all orders (Ctrl+Shift+A) to see every order.</source>
        <translation>{what}. Pressione Esc na caixa de pesquisa para limpá-la, ou Exibir ▸ Mostrar todos os pedidos (Ctrl+Shift+A) para ver todos os pedidos.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The pre-check blocks this dispute</source>
        <translation>A pré-verificação bloqueia esta disputa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record anyway</source>
        <translation>Registrar mesmo assim</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the date of order {number}</source>
        <translation>Informe a data do pedido {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the date</source>
        <translation>Não é possível salvar a data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the date of order {number}</source>
        <translation>Data do pedido {number} salva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add order {number}</source>
        <translation>Adicionar o pedido {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit order {number}</source>
        <translation>Editar o pedido {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot save the order</source>
        <translation>Não é possível salvar o pedido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved order {number}</source>
        <translation>Pedido {number} salvo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept {who}’s save of order {number}; your changes were dropped</source>
        <translation>Mantido o salvamento de {who} do pedido {number}; suas alterações foram descartadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the other save of order {number}; your changes were dropped</source>
        <translation>Mantido o outro salvamento do pedido {number}; suas alterações foram descartadas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete order {number}</source>
        <translation>Excluir o pedido {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted order {number}. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Pedido {number} excluído. Editar ▸ Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Excluir %n pedido</numerusform>
            <numerusform>Excluir %n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleted %n order(s). Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n pedido excluído. Editar ▸ Desfazer (Ctrl+Z) o traz de volta.</numerusform>
            <numerusform>%n pedidos excluídos. Editar ▸ Desfazer (Ctrl+Z) os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drop one file at a time; importing the first.</source>
        <translation>Solte um arquivo de cada vez; o primeiro será importado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;dispute…</source>
        <translation>Nova &amp;disputa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a dispute on the selected order, pre-checked against the platform&apos;s rules</source>
        <translation>Planejar uma disputa no pedido selecionado, pré-verificada com as regras da plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute &amp;steps…</source>
        <translation>&amp;Etapas da disputa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened to the selected order&apos;s disputes, and refunds or claims</source>
        <translation>Registrar o que aconteceu com as disputas do pedido selecionado e reembolsos ou reclamações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message to seller…</source>
        <translation>&amp;Mensagem ao vendedor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message to the seller or a review, checked as you type</source>
        <translation>Escrever uma mensagem ao vendedor ou uma avaliação, verificada enquanto você digita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export dispute &amp;packet…</source>
        <translation>Exportar pa&amp;cote da disputa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One ZIP with the summary, the message, the evidence and a verifiable manifest</source>
        <translation>Um único ZIP com o resumo, a mensagem, as provas e um manifesto verificável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dispute</source>
        <translation>&amp;Disputa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dispute recorded on order {number}: watch its clocks.</source>
        <translation>Disputa registrada no pedido {number}: acompanhe seus prazos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the packet</source>
        <translation>Não é possível exportar o pacote</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote the dispute packet {path} (%n file(s) and a manifest)</source>
        <translation>
            <numerusform>Pacote da disputa {path} gravado (%n arquivo e um manifesto)</numerusform>
            <numerusform>Pacote da disputa {path} gravado (%n arquivos e um manifesto)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the sample orders</source>
        <translation>Não é possível abrir os pedidos de exemplo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing sample orders: Help ▸ Back to my orders returns to yours.</source>
        <translation>Mostrando pedidos de exemplo: Ajuda ▸ Voltar aos meus pedidos retorna aos seus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to your orders.</source>
        <translation>De volta aos seus pedidos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{app} — sample orders</source>
        <translation>{app} — pedidos de exemplo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to your orders first (Help ▸ Back to my orders)</source>
        <translation>Volte primeiro aos seus pedidos (Ajuda ▸ Voltar aos meus pedidos)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot assign</source>
        <translation>Não é possível atribuir</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>order {number}</source>
        <translation>pedido {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assign {what}</source>
        <translation>Atribuir {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned {what} to {who}</source>
        <translation>{what} atribuído a {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned {what} to nobody</source>
        <translation>{what} atribuído a ninguém</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Buyer Protection deadlines, dispute pre-checks and evidence for {platform} orders.&lt;br&gt;&lt;br&gt;Policy {policy} {policy_version} ({policy_file})&lt;br&gt;Database: {database}&lt;br&gt;&lt;br&gt;Works offline: your orders, photos and disputes never leave this computer.</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Prazos da Proteção ao Comprador, pré-verificações de disputas e provas para pedidos do {platform}.&lt;br&gt;&lt;br&gt;Política {policy} {policy_version} ({policy_file})&lt;br&gt;Banco de dados: {database}&lt;br&gt;&lt;br&gt;Funciona offline: seus pedidos, fotos e disputas nunca saem deste computador.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../aliassist/gui/dispute/message_editor.py" line="+52"/>
        <source>Message to seller — order {number}</source>
        <extracomment>with an order and a context, typed words are kept as the order&apos;s draft</extracomment>
        <translation>Mensagem ao vendedor — pedido {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to seller</source>
        <translation>Mensagem ao vendedor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what is wrong and what you ask for, politely and with facts. No links to other sites, no deals outside the platform, no review in exchange for anything. A review is checked the same way.</source>
        <translation>Diga o que está errado e o que você pede, com educação e com fatos. Sem links para outros sites, sem acordos fora da plataforma, sem avaliação em troca de nada. Uma avaliação é verificada da mesma forma.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Your message to the seller (or your review)</source>
        <translation>&amp;Sua mensagem ao vendedor (ou sua avaliação)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing found: the message breaks none of the platform&apos;s message rules the app knows.</source>
        <translation>Nada encontrado: a mensagem não viola nenhuma das regras de mensagens da plataforma que o aplicativo conhece.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Message checks&lt;/b&gt; — as you type</source>
        <translation>&lt;b&gt;Verificações da mensagem&lt;/b&gt; — enquanto você digita</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language the greeting is written in. English is what sellers read best.</source>
        <extracomment>the language the greeting is written in (as the wizard&apos;s &quot;Draft language&quot;), apart from the window&apos;s: English by default, as sellers read it best</extracomment>
        <translation>O idioma em que a saudação é escrita. O inglês é o que os vendedores leem melhor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;language:</source>
        <translation>&amp;Idioma do rascunho:</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractere</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Do not send this.&lt;/b&gt;&lt;/span&gt; Take out what blocks it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Não envie isto.&lt;/b&gt;&lt;/span&gt; Retire o que o bloqueia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Read the warnings&lt;/b&gt;&lt;/span&gt; before you send it.</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Leia os avisos&lt;/b&gt;&lt;/span&gt; antes de enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Fine to send.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Pode ser enviada.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out what blocks it first</source>
        <translation>Retire primeiro o que o bloqueia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep your message as a draft?</source>
        <translation>Manter sua mensagem como rascunho?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Copiado</translation>
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
        <translation>{table}: {source} -&gt; {target}  DIVERGÊNCIA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence {sha} {size} bytes: same SHA-256</source>
        <translation>prova {sha} {size} bytes: mesmo SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence {sha} {size} bytes: MISMATCH (read back {got})</source>
        <translation>prova {sha} {size} bytes: DIVERGÊNCIA (lido de volta {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved {orders} and {files} to {target}: rows counted in every table and every evidence file&apos;s SHA-256 read back: {verdict}</source>
        <translation>{orders} e {files} movidos para {target}: linhas contadas em cada tabela e SHA-256 de cada arquivo de provas lido de volta: {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+51"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n arquivo de provas</numerusform>
            <numerusform>%n arquivos de provas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is the database already open: choose another one to move to</source>
        <translation>é o banco de dados já aberto: escolha outro para onde mover</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 evidence file the orders refer to is missing from this database&apos;s vault; nothing was copied</source>
        <translation>1 arquivo de provas referido pelos pedidos está faltando no cofre deste banco de dados; nada foi copiado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n evidence files the orders refer to are missing from this database&apos;s vault; nothing was copied</source>
        <translation>
            <numerusform>%n arquivo de provas referido pelos pedidos está faltando no cofre deste banco de dados; nada foi copiado</numerusform>
            <numerusform>%n arquivos de provas referidos pelos pedidos estão faltando no cofre deste banco de dados; nada foi copiado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>`aliassist verify-data` lists them; attach them again or detach them, then move the data</source>
        <translation>`aliassist verify-data` lista os arquivos; anexe-os novamente ou desanexe-os e depois mova os dados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already holds data ({orders}, {rows} rows in all); nothing was changed</source>
        <translation>já contém dados ({orders}, {rows} linhas no total); nada foi alterado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose an empty database, or add --replace to delete what it holds and put this database&apos;s data in its place</source>
        <translation>escolha um banco de dados vazio ou adicione --replace para excluir o que ele contém e colocar os dados deste banco de dados no lugar</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../aliassist/notify/delivery.py" line="+55"/>
        <source>Open AliAssist</source>
        <extracomment>Action keys sent with D-Bus notices</extracomment>
        <translation>Abrir o AliAssist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all 1 day</source>
        <translation>Adiar tudo por 1 dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 day</source>
        <translation>Adiar por 1 dia</translation>
    </message>
    <message>
        <location filename="../../aliassist/notify/texts.py" line="+51"/>
        <source>passed</source>
        <extracomment>how many notices a catch-up summary lists before &quot;and N more&quot; less than a day left for the most urgent notice</extracomment>
        <translation>vencido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>em %n hora</numerusform>
            <numerusform>em %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in less than an hour</source>
        <translation>em menos de uma hora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {number} · {store}</source>
        <translation>Pedido {number} · {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}</source>
        <translation>Pedido {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Buyer Protection ended: you have %n day(s) to open a dispute</source>
        <translation>
            <numerusform>A Proteção ao Comprador terminou: você tem %n dia para abrir uma disputa</numerusform>
            <numerusform>A Proteção ao Comprador terminou: você tem %n dias para abrir uma disputa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {time_left} and the parcel has not arrived</source>
        <translation>{label} {time_left} e o pacote não chegou</translation>
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
        <translation>{order}. {label}: {deadline}. {ask}, ou abra uma disputa agora. {help}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more in AliAssist</source>
        <translation>
            <numerusform>… e mais %n no AliAssist</numerusform>
            <numerusform>… e mais %n no AliAssist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n prazo precisa de atenção</numerusform>
            <numerusform>%n prazos precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time_left}: {label} (parcel not arrived)</source>
        <translation>{time_left}: {label} (o pacote não chegou)</translation>
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
        <translation>Abrir pedido</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>Snooze 1 day</source>
        <translation>Adiar por 1 dia</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open AliAssist</source>
        <translation>Abrir o AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze all 1 day</source>
        <translation>Adiar tudo por 1 dia</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../aliassist/gui/settings/notify_settings.py" line="+31"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days before a deadline at which AliAssist warns you, separated by commas. The platform rules suggest {policy_default}.</source>
        <translation>Dias antes de um prazo em que o AliAssist avisa você, separados por vírgulas. As regras da plataforma sugerem {policy_default}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado na bandeja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start AliAssist when I log in</source>
        <translation>Iniciar o AliAssist quando eu entrar na sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes {location}</source>
        <translation>Grava {location}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume now</source>
        <translation>Retomar agora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warn this many days before a deadline:</source>
        <translation>Avisar com esta quantidade de dias antes de um prazo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications are on (pause them from the tray menu).</source>
        <translation>As notificações estão ativadas (pause-as no menu da bandeja).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications are paused until {time}.</source>
        <translation>As notificações estão pausadas até {time}.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../aliassist/services/notifications.py" line="+153"/>
        <source>{text} is not a whole number of days</source>
        <extracomment>log rows older than this past their deadline are not read back (they can&apos;t show again) int8 state codes (aliassist.domain.clocks.STATES) of every order the orders whose clocks this computer warns about</extracomment>
        <translation>{text} não é um número inteiro de dias</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>write them like 14, 7, 3, 1</source>
        <translation>escreva-os assim: 14, 7, 3, 1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{value} is out of range (1 to {most} days)</source>
        <translation>{value} está fora do intervalo (1 a {most} dias)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give at least one number of days</source>
        <translation>informe pelo menos um número de dias</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot write the calendar: {problem}</source>
        <translation>não é possível gravar o calendário: {problem}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../aliassist/gui/operations.py" line="+62"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+50"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking says so)</source>
        <translation>Entregue (segundo o rastreio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the seller</source>
        <translation>Devolvido ao vendedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Extraviado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <source>Seller responded</source>
        <translation>Vendedor respondeu</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+277"/>
        <source>Return requested</source>
        <translation>Devolução solicitada</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+278"/>
        <source>Return shipped</source>
        <translation>Devolução enviada</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Full refund</source>
        <translation>Reembolso total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card chargeback</source>
        <translation>Chargeback do cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment-provider claim</source>
        <translation>Reclamação no provedor de pagamento</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order {number}</source>
        <translation>Pedido {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order sections</source>
        <translation>Seções do pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery &amp;&amp; protection</source>
        <translation>Entrega &amp;&amp; proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10.00, in the order&apos;s currency</source>
        <translation>10.00, na moeda do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option / SKU</source>
        <translation>Opção / SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, size, model</source>
        <translation>Cor, tamanho, modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product link</source>
        <translation>Link do produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image link</source>
        <translation>Link da imagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add item</source>
        <translation>Adicionar item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items. Use “Add item”.</source>
        <translation>Nenhum item. Use “Adicionar item”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add dispute</source>
        <translation>Adicionar disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No disputes. Use “Add dispute”.</source>
        <translation>Nenhuma disputa. Use “Adicionar disputa”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paypal, visa, …</source>
        <translation>paypal, visa, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the order&apos;s currency</source>
        <translation>na moeda do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add payment</source>
        <translation>Adicionar pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments. Use “Add payment”.</source>
        <translation>Nenhum pagamento. Use “Adicionar pagamento”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds &amp;&amp; claims</source>
        <translation>Reembolsos &amp;&amp; reclamações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add file</source>
        <translation>Adicionar arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files. Use “Add file”.</source>
        <translation>Nenhum arquivo. Use “Adicionar arquivo”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files. Use “Add files…”.</source>
        <translation>Nenhum arquivo. Use “Adicionar arquivos…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>8187000000000001 (from the order page)</source>
        <extracomment>what the editor must tell first (reopened after a refused save: whose change won)</extracomment>
        <translation>8187000000000001 (da página do pedido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional: which of your accounts</source>
        <translation>opcional: qual das suas contas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the order list shows it, e.g. Awaiting delivery</source>
        <translation>como a lista de pedidos mostra, ex.: Aguardando entrega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything you want to remember about this order</source>
        <translation>Qualquer coisa que você queira lembrar sobre este pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Link da loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Pedido feito em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Status na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>shipped on</source>
        <translation>enviado em</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tracking says delivered on</source>
        <translation>o rastreio indica entregue em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirmed receipt on</source>
        <translation>confirmei o recebimento em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming receipt completes the order: the dispute window then closes 15 days later.</source>
        <translation>Confirmar o recebimento conclui o pedido: o prazo para disputas termina 15 dias depois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lasts</source>
        <translation>dura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days from shipping (or the order date)</source>
        <translation> dias a partir do envio (ou da data do pedido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends on</source>
        <translation>termina em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the order page shows it (“Protection ends: Mar 3”).</source>
        <translation>Como a página do pedido mostra (“A proteção termina: 3 de mar.”).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days added</source>
        <translation>Dias adicionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on</source>
        <translation>Concedida em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extensions</source>
        <translation>Prorrogações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add extension</source>
        <translation>Adicionar prorrogação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No extensions. Use “Add extension”.</source>
        <translation>Nenhuma prorrogação. Use “Adicionar prorrogação”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dia</numerusform>
            <numerusform>+%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Status do rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Link de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection</source>
        <translation>Proteção ao Comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Prorrogações concedidas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The whole order</source>
        <translation>O pedido inteiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dispute</source>
        <translation>Sem disputa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (received)</source>
        <translation>{reason} (recebido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (not received)</source>
        <translation>{reason} (não recebido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute id</source>
        <translation>ID da disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute number</source>
        <translation>o número da disputa na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aberta em</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return tracking</source>
        <translation>Rastreio da devolução</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remedy</source>
        <translation>Solução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Não escolhida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund asked</source>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a partial refund</source>
        <translation>para um reembolso parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist item</source>
        <translation>Item da lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Tirada em</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add evidence files</source>
        <translation>Adicionar arquivos de provas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add the file</source>
        <translation>Não é possível adicionar o arquivo</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Order › Amount paid (currency)</source>
        <translation>Pedido › Valor pago (moeda)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an amount needs the order&apos;s currency (Order tab)</source>
        <translation>um valor precisa da moeda do pedido (aba Pedido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order › Order number</source>
        <translation>Pedido › Número do pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items › {index} › Price</source>
        <translation>Itens › {index} › Preço</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputes › {index} › Refund</source>
        <translation>Disputas › {index} › Reembolso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds › {index} › Amount</source>
        <translation>Reembolsos › {index} › Valor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order › Amount paid</source>
        <translation>Pedido › Valor pago</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check the order</source>
        <translation>Verifique o pedido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;i&gt;Fill in the order date to see its deadlines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Preencha a data do pedido para ver seus prazos.&lt;/i&gt;</translation>
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
        <translation>Exportações de pedidos (*.csv *.tsv *.txt *.xlsx *.ods);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import orders</source>
        <extracomment>the dialogs of the import in progress (tests and screenshots reach them here)</extracomment>
        <translation>Importar pedidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clipboard holds no rows to import.</source>
        <translation>A área de transferência não contém linhas para importar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing orders…</source>
        <translation>Importando pedidos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importação cancelada: nada foi gravado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot import this file</source>
        <translation>Não é possível importar este arquivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {index}</source>
        <translation>Coluna {index}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import: {summary}.</source>
        <translation>Importação: {summary}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail import: {summary}.</source>
        <translation>Importação de e-mails: {summary}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a data file</source>
        <translation>Importar um arquivo de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json);;All files (*)</source>
        <translation>Dados do AliAssist (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>%n pedido adicionado, {updated} atualizados, {unchanged} inalterados.</numerusform>
            <numerusform>%n pedidos adicionados, {updated} atualizados, {unchanged} inalterados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all data</source>
        <translation>Exportar todos os dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist data (*.json)</source>
        <translation>Dados do AliAssist (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>%n pedido gravado em {path}</numerusform>
            <numerusform>%n pedidos gravados em {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>OrderPane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="+69"/>
        <source>(you)</source>
        <extracomment>asks for the real value of an estimated field (order id, field), when the app can who saved the order last, and who recorded each dispute step (None: not read) the link that shows how each clock was reached texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>(você)</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>Deadlines</source>
        <extracomment>the section boxes of the order shown now set by the window: asks for the real value of an estimated field set by the window: who saved the order and recorded its steps (order id) set by the window: asks whom to assign the order to (order id) the current user (ALIASSIST_NAME or the database role), None when not known</extracomment>
        <translation>Prazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates to confirm</source>
        <translation>Datas a confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select an order to see its deadlines, items, tracking, disputes and payments.</source>
        <translation>Selecione um pedido para ver seus prazos, itens, rastreio, disputas e pagamentos.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: &lt;b&gt;{who}&lt;/b&gt;{you}</source>
        <translation>Atribuído a: &lt;b&gt;{who}&lt;/b&gt;{you}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to: {who}</source>
        <translation>Atribuído a: {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign…</source>
        <translation>Atribuir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this order: its deadline notices go to that person only (to everyone while it is assigned to nobody)</source>
        <translation>Quem cuida deste pedido: os avisos de prazo vão apenas para essa pessoa (para todos enquanto não estiver atribuído a ninguém)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>placed {date}</source>
        <translation>feito em {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number}</source>
        <translation>Pedido {number}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../aliassist/gui/workspace/orders_model.py" line="+41"/>
        <source>Order</source>
        <extracomment>What the table shows, the deadline facts first (a narrow window scrolls to the rest). The titles are translated where they are shown (`headerData`).</extracomment>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection ends</source>
        <translation>Fim da proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute deadline</source>
        <translation>Prazo para disputas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚑ %n dispute(s)</source>
        <translation>
            <numerusform>⚑ %n disputa</numerusform>
            <numerusform>⚑ %n disputas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All states</source>
        <extracomment>State filters: id -&gt; (label, state names). None shows every order. The labels are translated where they are shown (context &quot;OrdersModel&quot;).</extracomment>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>A proteção termina em breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last days to dispute</source>
        <translation>Últimos dias para disputar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dispute</source>
        <translation>Em disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates to confirm</source>
        <extracomment>not a state: the orders whose deadline rests on an estimate (OrderTable.estimated)</extracomment>
        <translation>Datas a confirmar</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>
Closed: {reason}.</source>
        <extracomment>The account filter&apos;s value for orders without an account. the platform&apos;s zone, in which a date-only value is read back as its date the usual protection length, for the tooltip of an estimated deadline one text per order (number, store, every item title, tracking), casefolded; loaded on first search by `search_texts`, which the window sets why a closed order is closed (&quot;refunded in full&quot;), read when its tooltip shows; the window sets it</extracomment>
        <translation>
Encerrado: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>
⚑ %n dispute(s) recorded.</source>
        <translation>
            <numerusform>
⚑ %n disputa registrada.</numerusform>
            <numerusform>
⚑ %n disputas registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> Next dispute clock: {date} (%n day(s) left).</source>
        <translation>
            <numerusform> Próximo prazo da disputa: {date} (resta %n dia).</numerusform>
            <numerusform> Próximo prazo da disputa: {date} (restam %n dias).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Next dispute clock: {date} ({days} days left).</source>
        <translation> Próximo prazo da disputa: {date} (restam {days} dias).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the receipt date is an estimate (at the earliest: the export did not say when receipt was confirmed)</source>
        <translation>a data de recebimento é uma estimativa (a mais cedo possível: a exportação não informava quando o recebimento foi confirmado)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the protection length is the usual one (about %n day(s)), not the one on the order page</source>
        <translation>
            <numerusform>a duração da proteção é a habitual (cerca de %n dia), não a da página do pedido</numerusform>
            <numerusform>a duração da proteção é a habitual (cerca de %n dias), não a da página do pedido</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
The deadline is an estimate: {what}. Select the order and choose “Enter the real date…” in the pane.</source>
        <translation>
O prazo é uma estimativa: {what}. Selecione o pedido e escolha “Informar a data real…” no painel.</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <location filename="../../aliassist/packet/record.py" line="+18"/>
        <source>No steps recorded yet.</source>
        <extracomment>steps recorded outside the step table texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Nenhuma etapa registrada ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps recorded</source>
        <translation>Etapas registradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute was opened</source>
        <translation>a disputa foi aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed although the pre-check blocked it</source>
        <translation>registrada embora a pré-verificação a bloqueasse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Platform dispute id</source>
        <translation>ID da disputa na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (not recorded)</source>
        <translation>— (não registrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aberta em</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/summary.py" line="-241"/>
        <source>BLOCKS</source>
        <translation>BLOQUEIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>OBSERVAÇÃO</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+87"/>
        <source>Dispute packet: order {number}</source>
        <translation>Pacote da disputa: pedido {number}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not chosen</source>
        <translation>Não escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by {app} {version} on {date} with the {platform} rules {policy_version}. The manifest lists the SHA-256 of every file, so you can show later that nothing was changed.</source>
        <translation>Gerado pelo {app} {version} em {date} com as regras do {platform} {policy_version}. O manifesto lista o SHA-256 de cada arquivo, para que você possa mostrar depois que nada foi alterado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-check</source>
        <translation>Pré-verificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence checklist</source>
        <translation>Lista de provas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Arquivos de provas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered (tracking)</source>
        <translation>Entregue (rastreio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt confirmed</source>
        <translation>Recebimento confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection length</source>
        <translation>Duração da proteção</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s) (the usual length; not read from the order page)</source>
        <translation>
            <numerusform>cerca de %n dia (a duração habitual; não lida da página do pedido)</numerusform>
            <numerusform>cerca de %n dias (a duração habitual; não lida da página do pedido)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection extended</source>
        <translation>Proteção prorrogada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dia</numerusform>
            <numerusform>+%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+212"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Reason</source>
        <extracomment>territories whose paper is US Letter; everyone else uses A4 texts translated inside f-strings below, marked here for pyside6-lupdate (which does not read f-strings)</extracomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>Solução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (this packet)</source>
        <translation>Hoje (este pacote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>não necessário</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (disputa {number})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>passed</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>resta menos de um dia</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>resta %n dia</numerusform>
            <numerusform>restam %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clock</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order state: {state}. Times are in the buyer&apos;s local time.</source>
        <translation>Estado do pedido: {state}. Os horários estão no horário local do comprador.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to file:</source>
        <translation>Pronta para registrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing blocks this dispute.</source>
        <translation>nada bloqueia esta disputa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready:</source>
        <translation>Não está pronta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pre-check found something the platform treats as abuse.</source>
        <translation>a pré-verificação encontrou algo que a plataforma considera abuso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported anyway</source>
        <translation>Exportado mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the buyer&apos;s request; the manifest records the override.</source>
        <translation>a pedido do comprador; o manifesto registra a exceção.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule {rule} · {source}</source>
        <translation>Regra {rule} · {source}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing (required)</source>
        <translation>faltando (obrigatório)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing (recommended)</source>
        <translation>faltando (recomendado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to capture</source>
        <translation>O que registrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No evidence files are attached.</source>
        <translation>Nenhum arquivo de prova anexado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VIDEO</source>
        <translation>VÍDEO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order placed</source>
        <extracomment>&quot;passed&quot;, &quot;ahead&quot; or &quot;today&quot;</extracomment>
        <translation>Pedido feito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../../aliassist/packet/archive.py" line="+167"/>
        <source>not a ZIP file (or a damaged one), so not a dispute packet</source>
        <extracomment>content that is already compressed: stored as is (deflating it again only costs time) the largest manifest read (a packet of thousands of files lists them in far less): a small ZIP may hold a manifest that inflates to gigabytes what reading a hostile entry can raise: damage, encryption (RuntimeError), an unknown compression method (NotImplementedError), broken headers names that stand more than once in the ZIP (a reader may show either copy)</extracomment>
        <translation>não é um arquivo ZIP (ou está danificado), então não é um pacote da disputa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the packet: {strerror}</source>
        <translation>não é possível ler o pacote: {strerror}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a regular file, so not a packet</source>
        <translation>não é um arquivo comum, então não é um pacote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no {manifest}: not an AliAssist dispute packet</source>
        <translation>não tem {manifest}: não é um pacote da disputa do AliAssist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds {manifest} {value} times: it has been tampered with</source>
        <translation>contém {manifest} {value} vezes: foi adulterado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} is {file_size} bytes; a packet&apos;s manifest is far smaller, so this is not an AliAssist packet</source>
        <translation>{manifest} tem {file_size} bytes; o manifesto de um pacote é bem menor, então este não é um pacote do AliAssist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} cannot be read ({value})</source>
        <translation>não é possível ler {manifest} ({value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} inflates beyond its stated size: not an AliAssist packet</source>
        <translation>{manifest} se expande além do tamanho declarado: não é um pacote do AliAssist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{manifest} cannot be read ({exc})</source>
        <translation>não é possível ler {manifest} ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{manifest} is nested too deeply: not an AliAssist packet manifest</source>
        <translation>{manifest} está aninhado demais: não é um manifesto de pacote do AliAssist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{manifest} is not an AliAssist packet manifest</source>
        <translation>{manifest} não é um manifesto de pacote do AliAssist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{manifest} has no valid version</source>
        <translation>{manifest} não tem uma versão válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the packet was made by a newer AliAssist</source>
        <translation>o pacote foi criado por um AliAssist mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update AliAssist to verify it</source>
        <translation>atualize o AliAssist para verificá-lo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is encrypted</source>
        <translation>está criptografado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown compression method</source>
        <translation>um método de compressão desconhecido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{manifest} has no list of files</source>
        <translation>{manifest} não tem lista de arquivos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{manifest} lists a file without a path</source>
        <translation>{manifest} lista um arquivo sem caminho</translation>
    </message>
    <message>
        <location filename="../../aliassist/services/packet.py" line="+170"/>
        <source>is a folder; give a file name such as packet.zip</source>
        <extracomment>the longest file name inside the packet (Windows and old unzip tools stay happy) the files the manifest lists (the manifest itself not counted, as verify-packet counts)</extracomment>
        <translation>é uma pasta; informe um nome de arquivo como packet.zip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence file {name} is missing from the vault</source>
        <translation>o arquivo de provas {name} está faltando no cofre</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the stored copy of {name} is damaged: its content no longer matches its SHA-256, so no packet was written</source>
        <translation>a cópia armazenada de {name} está danificada: seu conteúdo não corresponde mais ao SHA-256, então nenhum pacote foi gravado</translation>
    </message>
</context>
<context>
    <name>PacketExporter</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="+61"/>
        <source>Export dispute packet</source>
        <translation>Exportar pacote da disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute packet (*.zip)</source>
        <translation>Pacote da disputa (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pre-check blocks this dispute</source>
        <translation>A pré-verificação bloqueia esta disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking}

Filing it may count as abuse of Buyer Protection. Export the packet anyway? The manifest will record that you exported it despite the pre-check.</source>
        <translation>{blocking}

Registrá-la pode ser considerado abuso da Proteção ao Comprador. Exportar o pacote mesmo assim? O manifesto registrará que você o exportou apesar da pré-verificação.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the dispute packet…</source>
        <translation>Exportando o pacote da disputa…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The packet was not written</source>
        <translation>O pacote não foi gravado</translation>
    </message>
</context>
<context>
    <name>RealDateDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/date_entry.py" line="+19"/>
        <source>Receipt confirmed</source>
        <extracomment>field -&gt; (dialog title, what to read on the order page)</extracomment>
        <translation>Recebimento confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you confirm receipt? The order page shows it under the order&apos;s details.</source>
        <translation>Quando você confirmou o recebimento? A página do pedido mostra isso nos detalhes do pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When was the parcel delivered? The tracking page shows it.</source>
        <translation>Quando o pacote foi entregue? A página de rastreio mostra isso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends</source>
        <translation>Fim da proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When does Buyer Protection end? The order page shows the date under the order&apos;s status.</source>
        <translation>Quando termina a Proteção ao Comprador? A página do pedido mostra a data abaixo do status do pedido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — order {number}</source>
        <translation>{title} — pedido {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now {qualifier}: {why}.</source>
        <translation>Agora {qualifier}: {why}.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../aliassist/gui/workspace/record_list.py" line="+69"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../aliassist/services/safety.py" line="+48"/>
        <source>the damaged database was moved aside to {path}</source>
        <extracomment>where a damaged database was moved before the restore, if it was evidence files the restored data refers to that are not in the vault</extracomment>
        <translation>o banco de dados danificado foi movido para {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {backup}: {orders}</source>
        <translation>{backup} restaurado: {orders}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data it replaced was saved as backup {kept} ({restore} {kept} brings it back)</source>
        <translation>os dados substituídos foram salvos como backup {kept} ({restore} {kept} os traz de volta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: 1 evidence file this backup refers to is missing from the evidence vault</source>
        <translation>aviso: 1 arquivo de provas referido por este backup está faltando no cofre de provas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n evidence files this backup refers to are missing from the evidence vault</source>
        <translation>
            <numerusform>aviso: %n arquivo de provas referido por este backup está faltando no cofre de provas</numerusform>
            <numerusform>aviso: %n arquivos de provas referidos por este backup estão faltando no cofre de provas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is no good backup to restore</source>
        <translation>não há nenhum backup válido para restaurar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup named {name}</source>
        <translation>nenhum backup chamado {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be restored: {problem}</source>
        <translation>não pode ser restaurado: {problem}</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../aliassist/services/sample.py" line="+93"/>
        <source>this is already the sample database</source>
        <extracomment>The sample database&apos;s file, in the user data folder: never the buyer&apos;s own database.</extracomment>
        <translation>este já é o banco de dados de exemplo</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <location filename="../../aliassist/gui/workspace/save_conflict.py" line="+44"/>
        <source>Order number</source>
        <extracomment>how each field of an order is named in the table (the editor&apos;s words)</extracomment>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store link</source>
        <translation>Link da loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order placed</source>
        <translation>Pedido feito em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection (days)</source>
        <translation>Proteção ao Comprador (dias)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends on</source>
        <translation>Fim da Proteção ao Comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Prorrogações concedidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Status do rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status updated</source>
        <translation>Status do rastreio atualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking link</source>
        <translation>Link de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status</source>
        <translation>Status na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds and claims</source>
        <translation>Reembolsos e reclamações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Arquivos de provas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates given without a time</source>
        <translation>Datas informadas sem hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt date estimated</source>
        <translation>Data de recebimento estimada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date estimated</source>
        <translation>Data de entrega estimada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Atribuído a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order {number} was changed meanwhile</source>
        <extracomment>the longest text shown in a cell (the rest is in its tooltip)</extracomment>
        <translation>O pedido {number} foi alterado nesse meio-tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Someone else saved order {number} while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outra pessoa salvou o pedido {number} enquanto você o editava.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your values and theirs</source>
        <translation>Seus valores e os da outra pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}’s (saved)</source>
        <translation>De {who} (salvo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved)</source>
        <translation>Os outros (salvo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (not saved)</source>
        <translation>Os seus (não salvo)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Keep theirs&lt;/b&gt;: drop your changes and show the order as it is saved now.&lt;br&gt;&lt;b&gt;Save mine over theirs&lt;/b&gt;: store your version; their values of the fields above are replaced.&lt;br&gt;&lt;b&gt;Edit again&lt;/b&gt;: reopen the editor with your values, to take over what you want of theirs; nothing you typed is lost.</source>
        <translation>&lt;b&gt;Manter os outros&lt;/b&gt;: descarta suas alterações e mostra o pedido como está salvo agora.&lt;br&gt;&lt;b&gt;Salvar os meus por cima&lt;/b&gt;: armazena sua versão; os valores da outra pessoa nos campos acima são substituídos.&lt;br&gt;&lt;b&gt;Editar novamente&lt;/b&gt;: reabre o editor com seus valores, para aproveitar o que quiser dos outros; nada do que você digitou é perdido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep theirs</source>
        <translation>Manter os outros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mine over theirs</source>
        <translation>Salvar os meus por cima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit again</source>
        <translation>Editar novamente</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{who} saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>{who} o salvou em {time} (versão {version}); você abriu a versão {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved it (version {version}); you opened version {expected}.</source>
        <translation>{who} o salvou (versão {version}); você abriu a versão {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it on {time} (version {version}); you opened version {expected}.</source>
        <translation>Outra pessoa o salvou em {time} (versão {version}); você abriu a versão {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved it (version {version}); you opened version {expected}.</source>
        <translation>Outra pessoa o salvou (versão {version}); você abriu a versão {expected}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Yours and theirs differ in %n field(s):</source>
        <translation>
            <numerusform>Os seus e os outros diferem em %n campo:</numerusform>
            <numerusform>Os seus e os outros diferem em %n campos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and theirs hold the same values.</source>
        <translation>Sua versão e a outra têm os mesmos valores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{saved} Your changes are not saved yet. {differ}</source>
        <translation>{saved} Suas alterações ainda não foram salvas. {differ}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} saved this order on {time} while you were editing it (version {version})</source>
        <translation>{who} salvou este pedido em {time} enquanto você o editava (versão {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this order while you were editing it (version {version})</source>
        <translation>{who} salvou este pedido enquanto você o editava (versão {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order on {time} while you were editing it (version {version})</source>
        <translation>Outra pessoa salvou este pedido em {time} enquanto você o editava (versão {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this order while you were editing it (version {version})</source>
        <translation>Outra pessoa salvou este pedido enquanto você o editava (versão {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are your values, not saved yet. {saved}; theirs differs from yours in: {fields}. Save stores what this editor shows.</source>
        <translation>Estes são os seus valores, ainda não salvos. {saved}; a outra versão difere da sua em: {fields}. Salvar armazena o que este editor mostra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} (details differ)</source>
        <translation>{value} (os detalhes diferem)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no items</source>
        <translation>sem itens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, id {platform_id}</source>
        <translation>, ID {platform_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no disputes</source>
        <translation>sem disputas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no payments</source>
        <translation>sem pagamentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no files</source>
        <translation>sem arquivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no extensions</source>
        <translation>sem prorrogações</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dia</numerusform>
            <numerusform>+%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes ({how})</source>
        <translation>sim ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no: given</source>
        <translation>não: informada</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../aliassist/services/imported_settings.py" line="+105"/>
        <source>expected the path of a policy file</source>
        <extracomment>remembered column mappings kept from one file at most (one per header ever mapped) the longest header signature or column name a remembered mapping may hold key -&gt; check returning what is wrong with a value (None when it is fine)</extracomment>
        <translation>esperava-se o caminho de um arquivo de política</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aliassist/gui/settings/settings_dialog.py" line="+33"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform rules</source>
        <translation>Regras da plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another policy file…</source>
        <translation>Usar outro arquivo de política…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in rules</source>
        <translation>Usar as regras integradas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AliAssist applies the platform&apos;s rules from a policy file. When the platform changes its terms, load an edited copy.</source>
        <translation>O AliAssist aplica as regras da plataforma a partir de um arquivo de política. Quando a plataforma mudar seus termos, carregue uma cópia editada.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>built-in</source>
        <translation>integradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: &lt;b&gt;{platform} rules {version}&lt;/b&gt; ({where})</source>
        <translation>Em uso: &lt;b&gt;regras do {platform} {version}&lt;/b&gt; ({where})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a policy file</source>
        <translation>Escolher um arquivo de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy files (*.toml)</source>
        <translation>Arquivos de política (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This policy file cannot be used</source>
        <translation>Este arquivo de política não pode ser usado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This name cannot be kept</source>
        <translation>Este nome não pode ser mantido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This team database cannot be kept</source>
        <translation>Este banco de dados de equipe não pode ser mantido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings cannot be used</source>
        <translation>Estas configurações não podem ser usadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database from the next start</source>
        <translation>Banco de dados a partir da próxima inicialização</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <location filename="../../aliassist/gui/desktop/show_in_folder.py" line="+29"/>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the exported file in its folder</source>
        <translation>Mostrar o arquivo exportado na pasta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open {parent} in the file manager</source>
        <translation>Abrir {parent} no gerenciador de arquivos</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../aliassist/gui/theme.py" line="+16"/>
        <source>Last days to dispute</source>
        <translation>Últimos dias para disputar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has completed; a dispute can still be opened until the dispute deadline.</source>
        <translation>O pedido foi concluído; ainda é possível abrir uma disputa até o prazo da disputa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection ends soon</source>
        <translation>A proteção termina em breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection ends in the next few days (as many as your earliest reminder, 14 unless changed in Settings). Ask the seller to extend it, or open a dispute if something is wrong.</source>
        <translation>A Proteção ao Comprador termina nos próximos dias (tantos quanto seu primeiro lembrete, 14 se não for alterado em Configurações). Peça ao vendedor para estendê-la ou abra uma disputa se algo estiver errado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In dispute</source>
        <translation>Em disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dispute is open: watch its clocks.</source>
        <translation>Há uma disputa aberta: acompanhe os prazos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting shipment</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shipped yet; protection runs from the order date.</source>
        <translation>Ainda não enviado; a proteção conta a partir da data do pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer Protection is running.</source>
        <translation>A Proteção ao Comprador está em vigor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dispute window has closed.</source>
        <translation>O prazo para disputar terminou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled: a dispute was decided or the order was refunded.</source>
        <translation>Resolvido: uma disputa foi decidida ou o pedido foi reembolsado.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-449"/>
        <source> (no longer matters)</source>
        <extracomment>the order&apos;s state, whose colour the running clocks&apos; bars take</extracomment>
        <translation> (não importa mais)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the order&apos;s clocks</source>
        <translation>Linha do tempo dos prazos do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today {date}.
{summary}</source>
        <translation>Hoje {date}.
{summary}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>today {date}</source>
        <translation>hoje {date}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../aliassist/gui/desktop/tray.py" line="+43"/>
        <source>1 hour</source>
        <extracomment>the tray badge colour of each state that needs the buyer (the calm ones get none) how long notifications can be paused (labels translated where shown: &quot;TrayController&quot;)</extracomment>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 hours</source>
        <translation>8 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pause notifications for…</source>
        <translation>Pausar notificações por…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume notifications</source>
        <translation>Retomar notificações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {app}</source>
        <translation>Abrir o {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next deadlines</source>
        <translation>Próximos prazos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No deadlines ahead</source>
        <translation>Nenhum prazo pela frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking deadlines…</source>
        <translation>Verificando prazos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume notifications (paused until {time})</source>
        <translation>Retomar notificações (pausadas até {time})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: {deadline}</source>
        <translation>Próximo: {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications paused until {time}</source>
        <translation>Notificações pausadas até {time}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{app} keeps running</source>
        <translation>O {app} continua em execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} keeps running in the tray so it can warn you before a deadline passes. Click the tray icon to open the window again; choose Quit in its menu to stop.</source>
        <translation>O {app} continua em execução na bandeja para poder avisar você antes que um prazo termine. Clique no ícone da bandeja para abrir a janela novamente; escolha Sair no menu dele para encerrá-lo.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../aliassist/services/undo.py" line="+91"/>
        <source>order {number} has changed since</source>
        <translation>o pedido {number} mudou desde então</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another order now has the number {value}</source>
        <translation>outro pedido agora tem o número {value}</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../aliassist/gui/undo.py" line="+62"/>
        <source>&amp;Undo</source>
        <extracomment>the orders an undo or redo changed (the window reloads and selects them), and what was done (&quot;Undone: Edit order 8187…&quot;) an undo or redo could not be done: what was wrong (nothing changed)</extracomment>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot undo “{step}”: {error}</source>
        <extracomment>evidence files some recorded state refers to: kept in the vault until released</extracomment>
        <translation>Não é possível desfazer “{step}”: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>Não é possível refazer “{step}”: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: {step}</source>
        <translation>Desfeito: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: {step}</source>
        <translation>Refeito: {step}</translation>
    </message>
</context>
<context>
    <name>YouGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/you_settings.py" line="+23"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name marks the changes you make (the order pane&apos;s History) and the orders assigned to you: Mine shows them, and their deadline notices come to you only.</source>
        <translation>Seu nome marca as alterações que você faz (o Histórico do painel do pedido) e os pedidos atribuídos a você: “Meus” os mostra, e os avisos de prazo deles vão apenas para você.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The environment variable {variable} sets it now: &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>A variável de ambiente {variable} o define agora: &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the database role, &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Vazio: o papel do banco de dados, &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your changes are not named, and Mine is off.</source>
        <translation>Vazio: suas alterações não levam nome e “Meus” fica desativado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the database role on a team database; on this computer&apos;s file, none.</source>
        <translation>Vazio: o papel do banco de dados em um banco de dados de equipe; no arquivo deste computador, nenhum.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../aliassist/cli/help_text.py" line="+29"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words the app&apos;s command line can print (argparse looks them up with gettext; `use_argparse_words` sends the lookup here, context &quot;argparse&quot;)</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>esperava-se um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>esperava-se no máximo um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>esperava-se pelo menos um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analisador desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado %r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aliassist/cli/__init__.py" line="+51"/>
        <source>warning: {warning}</source>
        <extracomment>The years `--now` may pin the clock to: deadlines a few years past it must still be dates.</extracomment>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the window is started by `aliassist` itself; name a command here</source>
        <translation>a janela é iniciada pelo próprio `aliassist`; informe um comando aqui</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1 is missing: messages stay in English (run `make translations-build`)</source>
        <translation>aviso: %1 está faltando: as mensagens ficam em inglês (execute `make translations-build`)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/data.py" line="+38"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{created} criados, {updated} atualizados, {unchanged} inalterados</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>wrote %n order(s) to {file}</source>
        <translation>
            <numerusform>%n pedido gravado em {file}</numerusform>
            <numerusform>%n pedidos gravados em {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/disputes.py" line="+62"/>
        <location filename="../../aliassist/cli/help_strings.py" line="+81"/>
        <source>the language to write the description in: en (the default: sellers read it best), ru, es, pt_BR, fr, de or pl</source>
        <extracomment>A message or description file larger than this is not a message.</extracomment>
        <translation>o idioma em que a descrição será escrita: en (o padrão: os vendedores leem melhor), ru, es, pt_BR, fr, de ou pl</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>is a folder, not a text file</source>
        <translation>é uma pasta, não um arquivo de texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: {error}</source>
        <translation>não é possível ler o arquivo: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large for a message (more than {size} bytes)</source>
        <translation>grande demais para uma mensagem (mais de {size} bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>READY</source>
        <translation>PRONTA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT READY</source>
        <translation>NÃO PRONTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{blocking} blocking, {warnings}</source>
        <translation>{blocking} impeditivos, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing found</source>
        <translation>nada encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} · {reason} · {verdict} ({counts})</source>
        <translation>Pedido {number} · {reason} · {verdict} ({counts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{clock} (dispute {number})</source>
        <translation>{clock} (disputa {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/orders.py" line="+144"/>
        <source>CLOCK</source>
        <translation>PRAZO</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>AT</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../aliassist/cli/orders.py" line="-56"/>
        <location line="+55"/>
        <source>DAYS LEFT</source>
        <translation>DIAS RESTANTES</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about: {subject}</source>
        <translation>sobre: {subject}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instead: {fix}</source>
        <translation>em vez disso: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source: {source}</source>
        <translation>origem: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLOCK</source>
        <extracomment>what a finding&apos;s severity is called in the text output</extracomment>
        <translation>BLOQUEIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the message is empty</source>
        <translation>a mensagem está vazia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message: NOT OK</source>
        <translation>Mensagem: NÃO OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: OK with warnings</source>
        <translation>Mensagem: OK com avisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message: OK, nothing found</source>
        <translation>Mensagem: OK, nada encontrado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order {number} has no disputes</source>
        <translation>o pedido {number} não tem disputas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, item {item}</source>
        <translation>, item {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute {number}{platform_id}: {reason}{item} · {status}</source>
        <translation>Disputa {number}{platform_id}: {reason}{item} · {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STEP</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETALHE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{clock}: {deadline} (running)</source>
        <translation>{clock}: {deadline} (em andamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{clock}: {deadline} (stopped)</source>
        <translation>{clock}: {deadline} (parado)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your words were shortened to fit the form&apos;s {limit} characters; shorten them yourself to choose what stays</source>
        <translation>seu texto foi encurtado para caber nos {limit} caracteres do formulário; encurte-o você mesmo para escolher o que fica</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>removed the step {step} of {at}</source>
        <translation>a etapa {step} de {at} foi removida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order {number}, dispute {dispute}: {status} ({at})</source>
        <translation>Pedido {number}, disputa {dispute}: {status} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {kind} of {amount} recorded</source>
        <translation>; {kind} de {amount} registrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next steps: {commands}</source>
        <translation>Próximas etapas: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refund</source>
        <extracomment>how the text output names a kind of payment</extracomment>
        <translation>reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial refund</source>
        <translation>reembolso parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chargeback</source>
        <translation>chargeback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider claim</source>
        <translation>reclamação no provedor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order {number}: {kind} of {amount} recorded ({at})</source>
        <translation>Pedido {number}: {kind} de {amount} registrado ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number}: {kind} recorded ({at})</source>
        <translation>Pedido {number}: {kind} registrado ({at})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/evidence.py" line="+83"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>faltam provas obrigatórias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEED</source>
        <translation>NECESSIDADE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>O QUÊ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILES</source>
        <translation>ARQUIVOS</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>already attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>já anexado: {name} como prova {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attached: {name} as evidence {index} ({kind}{also})</source>
        <translation>anexado: {name} como prova {index} ({kind}{also})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the same file as evidence {index}, now counted for this item too</source>
        <translation>; o mesmo arquivo da prova {index}, agora também conta para este item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: {name}: {title}. {message}</source>
        <translation>aviso: {name}: {title}. {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: {name} holds the GPS position where it was taken; packets leave it out of their copy (packet --keep-location keeps it); the vault keeps the file as it is</source>
        <translation>aviso: {name} contém a posição GPS onde foi tirada; os pacotes a omitem na cópia (packet --keep-location a mantém); o cofre guarda o arquivo como está</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} has no evidence yet: `aliassist attach {number} FILE --kind own_photo`</source>
        <translation>o pedido {number} ainda não tem provas: `aliassist attach {number} FILE --kind own_photo`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MISSING from the vault</source>
        <translation>FALTANDO no cofre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKLIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE</source>
        <translation>DISPUTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aliassist/cli/safety.py" line="+100"/>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAKEN</source>
        <translation>TIRADA EM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WARNINGS</source>
        <translation>AVISOS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{index} {name}: missing. The vault no longer holds this file: attach it again, or detach it.</source>
        <translation>{index} {name}: faltando. O cofre não contém mais este arquivo: anexe-o novamente ou desanexe-o.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stored copy deleted</source>
        <translation>cópia armazenada excluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: a backup lists it</source>
        <translation>cópia armazenada mantida: um backup a inclui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored copy kept: other evidence uses it</source>
        <translation>cópia armazenada mantida: outras provas a usam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {name} ({fate})</source>
        <translation>{name} removido ({fate})</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/help_strings.py" line="-69"/>
        <source>AliAssist: Buyer Protection deadlines, dispute pre-checks, evidence and dispute packets for AliExpress orders. Without a command, opens the window.</source>
        <translation>AliAssist: prazos da Proteção ao Comprador, pré-verificações de disputas, provas e pacotes da disputa para pedidos do AliExpress. Sem comando, abre a janela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window offscreen on a temporary database with sample orders and exit 0 if it shows them (for packagers)</source>
        <translation>abrir a janela fora da tela em um banco de dados temporário com pedidos de exemplo e sair com 0 se ela os mostrar (para empacotadores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SQLite database file (default: in your user data folder; or set ALIASSIST_DB)</source>
        <translation>o arquivo de banco de dados SQLite (padrão: na sua pasta de dados do usuário; ou defina ALIASSIST_DB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team database (postgresql+psycopg://name@host/db; the password from ~/.pgpass) or any SQLAlchemy URL instead of --db; or set ALIASSIST_DATABASE_URL</source>
        <translation>um banco de dados de equipe (postgresql+psycopg://name@host/db; a senha vem de ~/.pgpass) ou qualquer URL do SQLAlchemy em vez de --db; ou defina ALIASSIST_DATABASE_URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy of the platform policy file</source>
        <translation>uma cópia editada do arquivo de política da plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin the clock for every command (2026-03-05 or 2026-03-05T14:00:00Z)</source>
        <translation>fixar o relógio para todos os comandos (2026-03-05 ou 2026-03-05T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of messages, tables and the window: en, ru, es, pt_BR, fr, de, pl (default: ALIASSIST_LANG, else the choice in Settings, else the system&apos;s; JSON never changes)</source>
        <translation>o idioma das mensagens, tabelas e da janela: en, ru, es, pt_BR, fr, de, pl (padrão: ALIASSIST_LANG; senão, a escolha em Configurações; senão, a do sistema; o JSON nunca muda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list orders with their clocks</source>
        <translation>listar os pedidos com seus prazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign an order to a person</source>
        <translation>atribuir um pedido a uma pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadlines coming up</source>
        <translation>prazos próximos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a JSON data file</source>
        <translation>importar um arquivo de dados JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export everything to a JSON data file</source>
        <translation>exportar tudo para um arquivo de dados JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-check a dispute before you file it</source>
        <translation>pré-verificar uma disputa antes de registrá-la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a message to the seller or a review</source>
        <translation>verificar uma mensagem ao vendedor ou uma avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute&apos;s steps; list and draft disputes</source>
        <translation>registrar as etapas de uma disputa; listar e redigir disputas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence checklist of a dispute reason</source>
        <translation>a lista de provas de um motivo de disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy evidence files into the vault for an order</source>
        <translation>copiar arquivos de provas para o cofre de um pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list an order&apos;s evidence with the checks&apos; warnings</source>
        <translation>listar as provas de um pedido com os avisos das verificações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove evidence from an order</source>
        <translation>remover provas de um pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the deadline warnings due now</source>
        <translation>mostrar os avisos de prazo devidos agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the deadlines as an .ics calendar</source>
        <translation>exportar os prazos como calendário .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a dispute packet (ZIP)</source>
        <translation>exportar um pacote da disputa (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a packet against its manifest</source>
        <translation>verificar um pacote com seu manifesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a backup of the database now</source>
        <translation>fazer agora um backup do banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the backups of the database</source>
        <translation>listar os backups do banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the data with a backup</source>
        <translation>substituir os dados por um backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database and the evidence files</source>
        <translation>verificar o banco de dados e os arquivos de provas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete all your data (needs --yes)</source>
        <translation>excluir todos os seus dados (requer --yes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import orders from an exporter file</source>
        <translation>importar pedidos de um arquivo de exportador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read order dates from the platform&apos;s e-mails</source>
        <translation>ler as datas dos pedidos nos e-mails da plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the database and its evidence to another database</source>
        <translation>copiar o banco de dados e suas provas para outro banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every stored order with its protection end, dispute deadline, days left and state.</source>
        <translation>Lista todos os pedidos armazenados com o fim da proteção, o prazo para disputas, os dias restantes e o estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON (every stored field)</source>
        <translation>imprimir JSON (todos os campos armazenados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the orders assigned to you (ALIASSIST_NAME, or your database role on a team database)</source>
        <translation>apenas os pedidos atribuídos a você (ALIASSIST_NAME, ou seu papel no banco de dados em um banco de dados de equipe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the order to NAME (&quot;me&quot;: yourself, that is ALIASSIST_NAME or your database role on a team database); without NAME, to nobody. Deadline notices of an assigned order go to that person only; an order assigned to nobody warns everyone.</source>
        <translation>Atribui o pedido a NAME (&quot;me&quot;: você mesmo, ou seja, ALIASSIST_NAME ou seu papel no banco de dados em um banco de dados de equipe); sem NAME, a ninguém. Os avisos de prazo de um pedido atribuído vão apenas para essa pessoa; um pedido não atribuído a ninguém avisa todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation>o número do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who looks after the order (&quot;me&quot; for yourself); leave out to unassign</source>
        <translation>quem cuida do pedido (&quot;me&quot; para você mesmo); omita para remover a atribuição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>imprimir JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clocks not yet passed that fall within the window, earliest first: of the orders assigned to you or to nobody (every order while your name is not known).</source>
        <translation>Prazos ainda não vencidos dentro do período, os mais próximos primeiro: dos pedidos atribuídos a você ou a ninguém (todos os pedidos enquanto seu nome não for conhecido).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many days ahead to look (default 14)</source>
        <translation>quantos dias à frente considerar (padrão: 14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people</source>
        <translation>também os pedidos atribuídos a outras pessoas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from an AliAssist data file (format aliassist-data, version 1). Same platform and order number update, never duplicate; the whole file goes in as one transaction, or nothing does.</source>
        <translation>Importa pedidos de um arquivo de dados do AliAssist (formato aliassist-data, versão 1). A mesma plataforma e o mesmo número de pedido atualizam, nunca duplicam; o arquivo inteiro entra em uma única transação, ou nada entra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the report as JSON</source>
        <translation>imprimir o relatório como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every order to a data file, and the evidence files into a folder beside it (FILE-evidence/).</source>
        <translation>Grava todos os pedidos em um arquivo de dados, e os arquivos de provas em uma pasta ao lado dele (FILE-evidence/).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a planned dispute against the platform&apos;s forbidden abuses and the message rules. Exit 0 when nothing blocks it, 1 when something does, 2 for bad input.</source>
        <translation>Verifica uma disputa planejada contra os abusos proibidos pela plataforma e as regras de mensagens. Sai com 0 quando nada a bloqueia, 1 quando algo bloqueia e 2 para entrada inválida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (not_received, not_as_described, ...)</source>
        <translation>o motivo da disputa (not_received, not_as_described, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the item, counted from 0 (default: the whole order)</source>
        <translation>o item, contado a partir de 0 (padrão: o pedido inteiro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full_refund, partial_refund (with --amount) or return_and_refund</source>
        <translation>full_refund, partial_refund (com --amount) ou return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partial refund you ask for, e.g. 5.00</source>
        <translation>o reembolso parcial que você pede, ex.: 5.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>o texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the text from a UTF-8 file (- for standard input)</source>
        <translation>ler o texto de um arquivo UTF-8 (- para a entrada padrão)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the message checks (review threats, links, deals outside the platform, abusive language, reviews for something) on a text. Exit 0 when nothing blocks it, 1 when something does.</source>
        <translation>Executa as verificações de mensagens (ameaças de avaliação, links, acordos fora da plataforma, linguagem ofensiva, avaliações em troca de algo) em um texto. Sai com 0 quando nada o bloqueia e 1 quando algo bloqueia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes are named by the order number and the dispute: its number in the order (dispute 1, 2, ...) or the platform&apos;s dispute id. The dispute may be left out when the order has one (or only one running).</source>
        <translation>As disputas são identificadas pelo número do pedido e pela disputa: seu número no pedido (disputa 1, 2, ...) ou o ID da disputa na plataforma. A disputa pode ser omitida quando o pedido tem uma (ou apenas uma em andamento).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order&apos;s disputes, steps and clocks</source>
        <translation>as disputas, etapas e prazos do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft the description to file from the order&apos;s facts</source>
        <translation>redigir a descrição para registrar a partir dos fatos do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dispute you filed on the platform</source>
        <translation>registrar uma disputa que você registrou na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the seller answered the dispute</source>
        <translation>registrar que o vendedor respondeu à disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you escalated the dispute to the platform</source>
        <translation>registrar que você escalou a disputa para a plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform asked for the item back</source>
        <translation>registrar que a plataforma pediu o item de volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you shipped the item back</source>
        <translation>registrar que você enviou o item de volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the money came back (records the refund as a payment)</source>
        <translation>registrar que o dinheiro foi devolvido (registra o reembolso como um pagamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the platform decided against you</source>
        <translation>registrar que a plataforma decidiu contra você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that you cancelled the dispute</source>
        <translation>registrar que você cancelou a disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the dispute is over</source>
        <translation>registrar que a disputa terminou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take back the last step recorded on a dispute (by mistake)</source>
        <translation>desfazer a última etapa registrada em uma disputa (por engano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a refund, chargeback or payment-provider claim</source>
        <translation>registrar um reembolso, chargeback ou reclamação no provedor de pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a dispute description from the order&apos;s facts (dates, item, tracking) and your own words (--text), within the form&apos;s length limit.</source>
        <translation>Redige a descrição de uma disputa a partir dos fatos do pedido (datas, item, rastreio) e das suas próprias palavras (--text), dentro do limite de tamanho do formulário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a dispute as opened. The pre-check runs first: when it blocks, nothing is recorded (exit 1) unless --force (the dispute is already filed).</source>
        <translation>Registra uma disputa como aberta. A pré-verificação é executada antes: quando ela bloqueia, nada é registrado (sai com 1), a menos que --force seja usado (a disputa já foi registrada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform&apos;s dispute id</source>
        <translation>o ID da disputa na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was opened (default: now)</source>
        <translation>quando foi aberta (padrão: agora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record it even when the pre-check blocks it</source>
        <translation>registrá-la mesmo quando a pré-verificação a bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the seller answered the dispute.</source>
        <translation>Registra que o vendedor respondeu à disputa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number (from 1) or platform dispute id</source>
        <translation>número (a partir de 1) ou ID da disputa na plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it happened (default: now)</source>
        <translation>quando aconteceu (padrão: agora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with the step</source>
        <translation>uma observação guardada com a etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you escalated the dispute to the platform.</source>
        <translation>Registra que você escalou a disputa para a plataforma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform asked for the item back.</source>
        <translation>Registra que a plataforma pediu o item de volta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the return parcel&apos;s tracking number</source>
        <translation>o código de rastreio do pacote de devolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you shipped the item back.</source>
        <translation>Registra que você enviou o item de volta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the money came back (records the refund as a payment).</source>
        <translation>Registra que o dinheiro foi devolvido (registra o reembolso como um pagamento).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount refunded (default: everything paid, less refunds already received)</source>
        <translation>o valor reembolsado (padrão: tudo o que foi pago, menos os reembolsos já recebidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the platform decided against you.</source>
        <translation>Registra que a plataforma decidiu contra você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you cancelled the dispute.</source>
        <translation>Registra que você cancelou a disputa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the dispute is over.</source>
        <translation>Registra que a disputa terminou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last step recorded on a dispute: its status and dates become what the earlier steps made them, and the refund a `refunded` step recorded goes too.</source>
        <translation>Remove a última etapa registrada em uma disputa: o status e as datas voltam ao que as etapas anteriores definiram, e o reembolso que uma etapa `refunded` registrou também é removido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record money that came back or was claimed outside a dispute step. A chargeback or provider claim blocks any later dispute on the order.</source>
        <translation>Registra dinheiro devolvido ou reclamado fora de uma etapa da disputa. Um chargeback ou uma reclamação no provedor impede qualquer disputa posterior no pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund, partial_refund, chargeback or provider_claim</source>
        <translation>refund, partial_refund, chargeback ou provider_claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal, your card issuer, ...</source>
        <translation>PayPal, o emissor do seu cartão, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute it belongs to, if any</source>
        <translation>a disputa à qual pertence, se houver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when (default: now)</source>
        <translation>quando (padrão: agora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence to capture for a dispute reason, each item with whether the order&apos;s files fill it. Exit 1 while a required item is missing.</source>
        <translation>As provas a reunir para um motivo de disputa, cada item indicando se os arquivos do pedido o preenchem. Sai com 1 enquanto faltar um item obrigatório.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dispute reason (policy id, e.g. not_as_described); default: the reason of --dispute</source>
        <translation>o motivo da disputa (ID da política, ex.: not_as_described); padrão: o motivo de --dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the files of the order&apos;s dispute N (from 1) too</source>
        <translation>contar também os arquivos da disputa N do pedido (a partir de 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files into the evidence vault (stored once by SHA-256, never changed) and attach them to an order. Every file is checked first; if one is unfit, nothing is attached.</source>
        <translation>Copia arquivos para o cofre de provas (armazenados uma única vez por SHA-256, nunca alterados) e os anexa a um pedido. Cada arquivo é verificado antes; se algum não for adequado, nada é anexado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the files are: own_photo, own_video, listing_capture, tracking_capture, chat_capture or document</source>
        <translation>o que são os arquivos: own_photo, own_video, listing_capture, tracking_capture, chat_capture ou document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checklist item they fill</source>
        <translation>o item da lista que eles preenchem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach to the order&apos;s dispute N (from 1) rather than the whole order</source>
        <translation>anexar à disputa N do pedido (a partir de 1) em vez do pedido inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with each file</source>
        <translation>uma observação guardada com cada arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was attached as JSON</source>
        <translation>imprimir o que foi anexado como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file attached to an order, with the warnings of the evidence checks (photo taken before delivery, looks like the seller&apos;s picture, unfit for upload).</source>
        <translation>Todos os arquivos anexados a um pedido, com os avisos das verificações de provas (foto tirada antes da entrega, parece a imagem do vendedor, inadequada para envio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the order-level files and those of dispute N (from 1)</source>
        <translation>apenas os arquivos do pedido em geral e os da disputa N (a partir de 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove files from an order&apos;s evidence. The stored copy is deleted only when no order refers to it any more.</source>
        <translation>Remove arquivos das provas de um pedido. A cópia armazenada só é excluída quando nenhum pedido faz mais referência a ela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an index as `evidence` lists it, a file name, or the start of a SHA-256</source>
        <translation>um índice como `evidence` o lista, um nome de arquivo ou o início de um SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the warnings due now (one catch-up summary when several are due) and log them as shown, so neither this command nor the window repeats them. For cron or Task Scheduler.</source>
        <translation>Imprime os avisos devidos agora (um resumo de recuperação quando há vários) e os registra como exibidos, para que nem este comando nem a janela os repitam. Para cron ou o Agendador de Tarefas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check once and exit (required: the window&apos;s tray does the schedule)</source>
        <translation>verificar uma vez e sair (obrigatório: a bandeja da janela cuida do agendamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what is due without logging it as shown</source>
        <translation>imprimir o que está devido sem registrá-lo como exibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one calendar event per running clock (DTSTART in UTC) with an alarm at each warning threshold. Event UIDs stay the same across exports, so importing a newer file updates the events instead of duplicating them.</source>
        <translation>Grava um evento de calendário por prazo em andamento (DTSTART em UTC) com um alarme em cada limite de aviso. Os UIDs dos eventos permanecem os mesmos entre exportações, então importar um arquivo mais novo atualiza os eventos em vez de duplicá-los.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calendar file to write</source>
        <translation>o arquivo de calendário a gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the orders assigned to other people (without it: the orders assigned to you or to nobody)</source>
        <translation>também os pedidos atribuídos a outras pessoas (sem isso: os pedidos atribuídos a você ou a ninguém)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one ZIP with summary.pdf, message.txt (the description to paste), the evidence files named by checklist item, and manifest.json with the SHA-256 of every file. Refused (exit 1, nothing written) when the pre-check blocks the dispute, unless --force; the manifest then records the override.</source>
        <translation>Grava um único ZIP com summary.pdf, message.txt (a descrição para colar), os arquivos de provas nomeados pelo item da lista e manifest.json com o SHA-256 de cada arquivo. É recusado (sai com 1, nada é gravado) quando a pré-verificação bloqueia a disputa, a menos que --force seja usado; o manifesto então registra a exceção.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recorded dispute: its number (from 1) or the platform&apos;s id</source>
        <translation>uma disputa registrada: seu número (a partir de 1) ou o ID da plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned dispute&apos;s reason</source>
        <translation>o motivo de uma disputa planejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the item, counted from 0</source>
        <translation>(planejada) o item, contado a partir de 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) full_refund, partial_refund (with --amount), return_and_refund</source>
        <translation>(planejada) full_refund, partial_refund (com --amount), return_and_refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned) the partial refund asked</source>
        <translation>(planejada) o reembolso parcial solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the packet</source>
        <translation>onde gravar o pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it even though the pre-check blocks the dispute</source>
        <translation>gravá-lo mesmo que a pré-verificação bloqueie a disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the summary&apos;s paper size (default: by your locale)</source>
        <translation>o tamanho do papel do resumo (padrão: conforme sua localidade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the GPS position photos may hold (by default the packet&apos;s copies leave it out; the vault keeps the originals)</source>
        <translation>manter a posição GPS que as fotos possam conter (por padrão, as cópias do pacote a omitem; o cofre mantém os originais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was written as JSON</source>
        <translation>imprimir o que foi gravado como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recompute the SHA-256 of every file in a dispute packet and report files that changed, are missing or were added. Exit 0 when all match, 1 otherwise.</source>
        <translation>Recalcula o SHA-256 de cada arquivo de um pacote da disputa e informa os arquivos que mudaram, estão faltando ou foram adicionados. Sai com 0 quando tudo corresponde e 1 caso contrário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the database into its backups folder (beside it) now. Backups are also made at start (once a day) and before every upgrade; 7 daily and 4 weekly ones are kept.</source>
        <translation>Copia agora o banco de dados para a pasta de backups (ao lado dele). Backups também são feitos ao iniciar (uma vez por dia) e antes de cada atualização; são mantidos 7 diários e 4 semanais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the backup as JSON</source>
        <translation>imprimir o backup como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the backups of the database, newest first. Works even when the database itself is damaged.</source>
        <translation>Lista os backups do banco de dados, do mais novo ao mais antigo. Funciona mesmo quando o próprio banco de dados está danificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the list as JSON</source>
        <translation>imprimir a lista como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database&apos;s content with a backup. The data it replaces is saved as a backup first, so a restore can be undone. A damaged database is moved aside, never overwritten.</source>
        <translation>Substitui o conteúdo do banco de dados por um backup. Os dados substituídos são salvos antes como backup, então uma restauração pode ser desfeita. Um banco de dados danificado é movido para o lado, nunca sobrescrito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name from `aliassist backups`, `latest` (the newest good one), or the path of a backup file</source>
        <translation>um nome de `aliassist backups`, `latest` (o mais novo válido) ou o caminho de um arquivo de backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run SQLite&apos;s full integrity check and check every evidence file the orders refer to (present, and unchanged since it was stored). Exit 1 when something is wrong.</source>
        <translation>Executa a verificação de integridade completa do SQLite e verifica cada arquivo de prova referenciado pelos pedidos (presente e inalterado desde que foi armazenado). Sai com 1 quando algo está errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that evidence files exist without reading their content</source>
        <translation>verificar se os arquivos de provas existem sem ler o conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the database, the evidence vault, the backups and any damaged copies. Files you exported (data files, dispute packets) are not touched. Without --yes, only shows what would be deleted. Make a portable copy first with `aliassist export-data FILE.json` if you may want it back.</source>
        <translation>Exclui o banco de dados, o cofre de provas, os backups e quaisquer cópias danificadas. Os arquivos que você exportou (arquivos de dados, pacotes da disputa) não são alterados. Sem --yes, apenas mostra o que seria excluído. Faça antes uma cópia portátil com `aliassist export-data FILE.json` se quiser recuperá-los depois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>really delete everything</source>
        <translation>excluir tudo de verdade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what was deleted as JSON</source>
        <translation>imprimir o que foi excluído como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import orders from the CSV or XLSX of the AliExpress Order Exporter, the TSV of the AliExpress Bulk Order Exporter (also as a spreadsheet saved them: CSV, XLSX, ODS), or any CSV/TSV whose columns were mapped once (in the window, or with --map). The layout is recognised from the header. Good rows go in as one transaction; bad rows are reported with their line and skipped. Exit 0: every row imported; 1: some rows skipped; 2: nothing could be read, or the file&apos;s dates or currency need --dates or --currency.</source>
        <translation>Importa pedidos do CSV ou XLSX do AliExpress Order Exporter, do TSV do AliExpress Bulk Order Exporter (também salvos por uma planilha: CSV, XLSX, ODS) ou de qualquer CSV/TSV cujas colunas tenham sido mapeadas uma vez (na janela ou com --map). O formato é reconhecido pelo cabeçalho. As linhas válidas entram em uma única transação; as inválidas são informadas com sua linha e ignoradas. Sai com 0: todas as linhas importadas; 1: algumas linhas ignoradas; 2: nada pôde ser lido, ou as datas ou a moeda do arquivo exigem --dates ou --currency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would be imported, and write nothing</source>
        <translation>informar o que seria importado, sem gravar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</source>
        <translation>imprimir {&quot;layout&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;skipped&quot;: [{&quot;line&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the buyer account these orders belong to (an e-mail or a name)</source>
        <translation>a conta do comprador à qual estes pedidos pertencem (um e-mail ou um nome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of amounts written without one (the Bulk Order Exporter&apos;s); without it such a file stops with exit 2 and says so</source>
        <translation>a moeda dos valores escritos sem moeda (os do Bulk Order Exporter); sem ela, esse arquivo para com saída 2 e informa isso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read a file of another layout: which column (its header, or #N counted from 1) fills each field; remembered for files with the same header. Fields: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</source>
        <translation>ler um arquivo de outro formato: qual coluna (seu cabeçalho, ou #N contado a partir de 1) preenche cada campo; lembrado para arquivos com o mesmo cabeçalho. Campos: number, placed_at, store, store_url, status, total, currency, account, tracking_number, carrier, tracking_status, tracking_updated_at, tracking_url, title, url, sku, quantity, price, image_url</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numeric dates are month/day/year, day/month/year or year-month-day; needed only when the file&apos;s dates read both ways (03/05/26) and none of them tells (exit 2 says so)</source>
        <translation>as datas numéricas são mês/dia/ano, dia/mês/ano ou ano-mês-dia; necessário apenas quando as datas do arquivo podem ser lidas dos dois jeitos (03/05/26) e nenhuma delas esclarece (a saída 2 informa isso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the platform&apos;s e-mails from mail files on this computer (.eml files and folders of them, mbox files such as Thunderbird&apos;s local folders or a Google Takeout .mbox, Maildir folders) and fill the shipped, delivered and receipt-confirmed dates the app left empty; orders known only from mail are added. A date you entered is never overwritten; the same mail read again changes nothing. Exit 0: all read; 1: some messages or files were skipped; 2: nothing could be read.</source>
        <translation>Lê os e-mails da plataforma a partir de arquivos de e-mail neste computador (arquivos .eml e pastas com eles, arquivos mbox como as pastas locais do Thunderbird ou um .mbox do Google Takeout, pastas Maildir) e preenche as datas de envio, entrega e confirmação de recebimento que o aplicativo deixou vazias; pedidos conhecidos apenas pelos e-mails são adicionados. Uma data que você informou nunca é sobrescrita; o mesmo e-mail lido novamente não muda nada. Sai com 0: tudo lido; 1: algumas mensagens ou arquivos foram ignorados; 2: nada pôde ser lido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report what would change, and write nothing</source>
        <translation>informar o que mudaria, sem gravar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; or &quot;file&quot;, &quot;reason&quot;}]}</source>
        <translation>imprimir {&quot;messages&quot;, &quot;platform_messages&quot;, &quot;orders_updated&quot;, &quot;orders_created&quot;, &quot;events&quot;: [{&quot;number&quot;, &quot;event&quot;, &quot;at&quot;, &quot;message_id&quot;}], &quot;skipped&quot;: [{&quot;message_id&quot; or &quot;file&quot;, &quot;reason&quot;}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every order, dispute, step, payment, setting and evidence file of the database (--db or --database-url) to the database URL names: a team database (postgresql+psycopg://...) or a SQLite file (sqlite:///path). Then check the copy: the rows of every table counted on both sides and every evidence file read back from the target with its SHA-256, printed at the end. The source is not changed. Exit 1 when the check finds a difference.</source>
        <translation>Copia cada pedido, disputa, etapa, pagamento, configuração e arquivo de provas do banco de dados (--db ou --database-url) para o banco de dados indicado pela URL: um banco de dados de equipe (postgresql+psycopg://...) ou um arquivo SQLite (sqlite:///path). Depois verifica a cópia: as linhas de cada tabela contadas nos dois lados e cada arquivo de provas lido de volta do destino com seu SHA-256, exibido no final. A origem não é alterada. Sai com 1 quando a verificação encontra uma diferença.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database to copy to: postgresql+psycopg://... or sqlite:///path</source>
        <translation>o banco de dados para onde copiar: postgresql+psycopg://... ou sqlite:///path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target holds data: delete it first (without this, a target that is not empty is refused and nothing is changed)</source>
        <translation>o destino contém dados: excluí-los primeiro (sem isso, um destino que não esteja vazio é recusado e nada é alterado)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/imports.py" line="+68"/>
        <source>{item} is not FIELD=COLUMN</source>
        <translation>{item} não é FIELD=COLUMN</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>would import %n new order(s)</source>
        <translation>
            <numerusform>importaria %n pedido novo</numerusform>
            <numerusform>importaria %n pedidos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n new order(s)</source>
        <translation>
            <numerusform>%n pedido novo importado</numerusform>
            <numerusform>%n pedidos novos importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{layout}: {new}, {updated} updated, {unchanged} unchanged, {skipped}</source>
        <translation>{layout}: {new}, {updated} atualizados, {unchanged} inalterados, {skipped}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n linha ignorada</numerusform>
            <numerusform>%n linhas ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>linha {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../aliassist/cli/mail.py" line="+56"/>
        <source>dry run: nothing was written</source>
        <translation>simulação: nada foi gravado</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/mail.py" line="-11"/>
        <source>order {number} (new, from mail)</source>
        <translation>pedido {number} (novo, dos e-mails)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {number}</source>
        <translation>pedido {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped {what}: {reason}</source>
        <translation>ignorado {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/notify.py" line="+54"/>
        <source>nothing due</source>
        <translation>nada devido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder; give a file name such as deadlines.ics</source>
        <translation>é uma pasta; informe um nome de arquivo como deadlines.ics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {count} events to {file}</source>
        <translation>{count} eventos gravados em {file}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/orders.py" line="-75"/>
        <source>no order is assigned to you: `aliassist assign NUMBER me` assigns one</source>
        <extracomment>Marks a deadline that rests on an estimated date (the note under the table says so). The longest look-ahead `due --within` takes: a century of days covers every real clock.</extracomment>
        <translation>nenhum pedido está atribuído a você: `aliassist assign NUMBER me` atribui um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders yet: add them in the window, or `aliassist import-data FILE.json`</source>
        <translation>ainda não há pedidos: adicione-os na janela ou com `aliassist import-data FILE.json`</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <source>ORDER</source>
        <translation>PEDIDO</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>STORE</source>
        <translation>LOJA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACED</source>
        <translation>FEITO EM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROTECTION ENDS</source>
        <translation>FIM DA PROTEÇÃO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPUTE BY</source>
        <translation>DISPUTAR ATÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASSIGNEE</source>
        <translation>ATRIBUÍDO A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mark}: the deadline rests on an estimate (a receipt date inferred from the order&apos;s status, or the usual 90-day protection): enter the real date in the window (Dates to confirm), or read it from the platform&apos;s e-mails (`aliassist import-mail`)</source>
        <translation>{mark}: o prazo se baseia em uma estimativa (uma data de recebimento deduzida do status do pedido, ou a proteção habitual de 90 dias): informe a data real na janela (Datas a confirmar) ou leia-a dos e-mails da plataforma (`aliassist import-mail`)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} was already assigned to {who}</source>
        <translation>o pedido {number} já estava atribuído a {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who} (was {before})</source>
        <translation>pedido {number} atribuído a {who} (antes: {before})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order {number} assigned to {who}</source>
        <translation>pedido {number} atribuído a {who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of days from 0 to {most}, not {given}</source>
        <translation>deve ser um número de dias de 0 a {most}, não {given}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing due within {days} day</source>
        <translation>nada devido em {days} dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing due within {days} days</source>
        <translation>nada devido em {days} dias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DUE</source>
        <translation>VENCE EM</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/output.py" line="+91"/>
        <source>disputes are numbered from 1 (dispute 1, 2, ...)</source>
        <extracomment>characters JSON may carry raw that a terminal would act on (DEL, C1 controls, bidirectional controls): printed as \uXXXX escapes, which JSON reads back as the same text</extracomment>
        <translation>as disputas são numeradas a partir de 1 (disputa 1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/packet.py" line="+68"/>
        <source>these describe a planned dispute; a recorded dispute has its own</source>
        <translation>estes descrevem uma disputa planejada; uma disputa registrada tem os seus próprios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {file} ({files} and a manifest, {size} bytes)</source>
        <translation>{file} gravado ({files} e um manifesto, {size} bytes)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+20"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>exported although the pre-check blocks this dispute: {rules} (recorded in the manifest)</source>
        <translation>exportado embora a pré-verificação bloqueie esta disputa: {rules} (registrado no manifesto)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK: all {files} match the manifest (order {order}, {reason}, made {made})</source>
        <translation>OK: todos os {files} correspondem ao manifesto (pedido {order}, {reason}, gerado em {made})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CHANGED</source>
        <translation>ALTERADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>FALTANDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <translation>EXTRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TWICE</source>
        <translation>DUPLICADO</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/safety.py" line="-24"/>
        <source>backup {name}: {description}</source>
        <translation>backup {name}: {description}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no backups yet of {database}</source>
        <translation>ainda não há backups de {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MADE</source>
        <translation>FEITO EM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORDERS</source>
        <translation>PEDIDOS</translation>
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
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n arquivo de prova</numerusform>
            <numerusform>%n arquivos de provas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all sound</source>
        <translation>tudo certo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing to delete: there is no data at {database}</source>
        <translation>nada a excluir: não há dados em {database}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would delete {what}</source>
        <translation>excluiria {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was deleted; run again with --yes to delete all of it</source>
        <translation>nada foi excluído; execute novamente com --yes para excluir tudo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted {what}</source>
        <translation>excluído {what}</translation>
    </message>
    <message>
        <location filename="../../aliassist/cli/migrate.py" line="+43"/>
        <source>the data {target} held was deleted first (--replace)</source>
        <translation>os dados que {target} continha foram excluídos primeiro (--replace)</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message numerus="yes">
        <location filename="../../aliassist/domain/draft.py" line="+40"/>
        <source>%n photo(s) of the item</source>
        <extracomment>(context, text, disambiguation, n) -&gt; the text in the draft&apos;s language, ``%n`` replaced by `n` (n &gt;= 0): aliassist.i18n.translate&apos;s signature, for a translator of the draft&apos;s own language the context of the draft&apos;s templates How each evidence kind is counted (&quot;2 photos of the item&quot;), in the draft&apos;s language.</extracomment>
        <translation>
            <numerusform>%n foto do item</numerusform>
            <numerusform>%n fotos do item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) of the item</source>
        <translation>
            <numerusform>%n vídeo do item</numerusform>
            <numerusform>%n vídeos do item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n capture(s) of the listing</source>
        <translation>
            <numerusform>%n captura do anúncio</numerusform>
            <numerusform>%n capturas do anúncio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the tracking</source>
        <translation>
            <numerusform>%n captura do rastreio</numerusform>
            <numerusform>%n capturas do rastreio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n capture(s) of the chat with the seller</source>
        <translation>
            <numerusform>%n captura do chat com o vendedor</numerusform>
            <numerusform>%n capturas do chat com o vendedor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order {number}, placed on {date}.</source>
        <extracomment>Sentence priorities: lower stays longer when the draft must be cut to fit. the buyer&apos;s words had to be shortened to fit (the buyer should shorten them) facts left out to fit</extracomment>
        <translation>Pedido {number}, feito em {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped on {date}.</source>
        <translation>Enviado em {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem: {reason}.</source>
        <translation>Problema: {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>All %n item(s) of the order.</source>
        <translation>
            <numerusform>O único item do pedido (%n).</numerusform>
            <numerusform>Todos os %n itens do pedido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}), quantity {quantity}.</source>
        <translation>Item: {item} ({sku}), quantidade {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item} ({sku}).</source>
        <translation>Item: {item} ({sku}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}, quantity {quantity}.</source>
        <translation>Item: {item}, quantidade {quantity}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item: {item}.</source>
        <translation>Item: {item}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number {number} ({carrier})</source>
        <translation>Código de rastreio {number} ({carrier})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number {number}</source>
        <translation>Código de rastreio {number}</translation>
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
        <translation>{tracking}: o rastreio indica entrega por volta de {date}, mas o pacote não foi entregue a mim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered on {date}, but the parcel was not handed to me.</source>
        <translation>{tracking}: o rastreio indica entrega em {date}, mas o pacote não foi entregue a mim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tracking}: tracking says delivered, but the parcel was not handed to me.</source>
        <translation>{tracking}: o rastreio indica entrega, mas o pacote não foi entregue a mim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tracking}: the last tracking event on {date} is “{status}”.</source>
        <translation>{tracking}: o último evento de rastreio, em {date}, é “{status}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tracking}: the last tracking event is “{status}”.</source>
        <translation>{tracking}: o último evento de rastreio é “{status}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{list} and {last}</source>
        <translation>{list} e {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached: {list}.</source>
        <translation>Em anexo: {list}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ask for a full refund.</source>
        <translation>Solicito um reembolso total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I ask for a partial refund.</source>
        <translation>Solicito um reembolso parcial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a partial refund of {amount}.</source>
        <translation>Solicito um reembolso parcial de {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I ask for a refund, and I am ready to return the item.</source>
        <translation>Solicito um reembolso e estou disposto a devolver o item.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../aliassist/gui/dispute/drafts.py" line="+21"/>
        <source>Keep a draft?</source>
        <translation>Manter um rascunho?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft is kept for this order until you file it or discard it; it comes back when you open this window again.</source>
        <translation>Um rascunho é mantido para este pedido até você registrá-lo ou descartá-lo; ele volta quando você abrir esta janela novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep draft</source>
        <translation>&amp;Manter rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your draft from {time} is back. Close the window and choose Discard to throw it away.</source>
        <translation>Seu rascunho de {time} foi recuperado. Feche a janela e escolha Descartar para jogá-lo fora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your draft is back. Close the window and choose Discard to throw it away.</source>
        <translation>Seu rascunho foi recuperado. Feche a janela e escolha Descartar para jogá-lo fora.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../aliassist/gui/guide.py" line="-100"/>
        <source>blocks</source>
        <extracomment>how each severity reads in the list of rules (translated where shown: &quot;guide&quot;)</extracomment>
        <translation>bloqueia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warns</source>
        <translation>avisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informs</source>
        <translation>informa</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s), informational</source>
        <translation>
            <numerusform>%n dia, informativo</numerusform>
            <numerusform>%n dias, informativo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Getting started with {app}</source>
        <translation>Primeiros passos com o {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} keeps the Buyer Protection clocks of your {platform} orders, warns you before a deadline passes, checks a dispute before you file it, and keeps its evidence. It works offline: nothing leaves your computer.</source>
        <translation>O {app} acompanha os prazos da Proteção ao Comprador dos seus pedidos do {platform}, avisa você antes que um prazo termine, verifica uma disputa antes de você registrá-la e guarda as provas. Funciona offline: nada sai do seu computador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to import your orders</source>
        <translation>Como importar seus pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your orders with a browser extension that exports them: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) or &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); any other CSV or TSV works too: the app asks once which column holds what.</source>
        <translation>Salve seus pedidos com uma extensão de navegador que os exporte: &lt;i&gt;AliExpress Order Exporter&lt;/i&gt; (CSV) ou &lt;i&gt;AliExpress Bulk Order Exporter&lt;/i&gt; (TSV); qualquer outro CSV ou TSV também funciona: o aplicativo pergunta uma vez qual coluna contém o quê.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &lt;b&gt;File ▸ Import orders…&lt;/b&gt; (Ctrl+I), or drop the file on the window, or copy rows from a spreadsheet and press Ctrl+V.</source>
        <translation>Escolha &lt;b&gt;Arquivo ▸ Importar pedidos…&lt;/b&gt; (Ctrl+I), solte o arquivo na janela ou copie linhas de uma planilha e pressione Ctrl+V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the preview (skipped rows say why), then &lt;b&gt;Import&lt;/b&gt;. Importing the same file again changes nothing; a newer export updates the orders and keeps what you added.</source>
        <translation>Confira a pré-visualização (as linhas ignoradas dizem o motivo) e depois clique em &lt;b&gt;Importar&lt;/b&gt;. Importar o mesmo arquivo novamente não muda nada; uma exportação mais nova atualiza os pedidos e mantém o que você adicionou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates in the platform&apos;s e-mails make the clocks exact: &lt;b&gt;File ▸ Import e-mails…&lt;/b&gt;. An order can also be added by hand from its order page: &lt;b&gt;File ▸ New order…&lt;/b&gt; (Ctrl+N).</source>
        <translation>As datas nos e-mails da plataforma tornam os prazos exatos: &lt;b&gt;Arquivo ▸ Importar e-mails…&lt;/b&gt;. Um pedido também pode ser adicionado manualmente a partir da página do pedido: &lt;b&gt;Arquivo ▸ Novo pedido…&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the clocks mean</source>
        <translation>O que significam os prazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every order has a protection timer. A dispute can be opened while it runs and for a short time after the order completes; once a dispute is open, each step has its own clock. The table&apos;s &lt;b&gt;Days left&lt;/b&gt; counts down to the next one, the colours say how close it is, and the order pane shows them all on a timeline. A date given without a time counts from midnight in the platform&apos;s time zone, so a deadline shown is never later than the real one.</source>
        <translation>Cada pedido tem um cronômetro de proteção. Uma disputa pode ser aberta enquanto ele corre e por um curto período depois que o pedido é concluído; depois que uma disputa é aberta, cada etapa tem seu próprio prazo. A coluna &lt;b&gt;Dias restantes&lt;/b&gt; da tabela faz a contagem regressiva até o próximo, as cores indicam o quão perto ele está, e o painel do pedido mostra todos em uma linha do tempo. Uma data informada sem hora conta a partir da meia-noite no fuso horário da plataforma, então um prazo exibido nunca é posterior ao real.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the pre-check works</source>
        <translation>Como funciona a pré-verificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s terms forbid some uses of a dispute; breaking them can get the account penalised. &lt;b&gt;Dispute ▸ New dispute…&lt;/b&gt; (Ctrl+D) checks what you plan as you type: a &lt;b&gt;blocking&lt;/b&gt; finding means the app will not call the dispute ready or export its packet; a &lt;b&gt;warning&lt;/b&gt; says what to do about it. Each finding names its rule and its source, and the phrases that raise it are underlined. The same checks read a message to the seller or a review (&lt;b&gt;Dispute ▸ Message to seller…&lt;/b&gt;). The rules checked:</source>
        <translation>Os termos da plataforma proíbem alguns usos de uma disputa; violá-los pode levar a penalidades na conta. &lt;b&gt;Disputa ▸ Nova disputa…&lt;/b&gt; (Ctrl+D) verifica o que você planeja enquanto digita: uma constatação &lt;b&gt;impeditiva&lt;/b&gt; significa que o aplicativo não considerará a disputa pronta nem exportará seu pacote; um &lt;b&gt;aviso&lt;/b&gt; diz o que fazer a respeito. Cada constatação indica sua regra e sua origem, e as frases que a provocam ficam sublinhadas. As mesmas verificações leem uma mensagem ao vendedor ou uma avaliação (&lt;b&gt;Disputa ▸ Mensagem ao vendedor…&lt;/b&gt;). As regras verificadas:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checklist beside it lists the evidence the reason needs; drop your photos and captures on its items. When nothing blocks, export the dispute packet: a summary, the evidence and a manifest that proves nothing was changed.</source>
        <translation>A lista de provas ao lado mostra as provas que o motivo exige; solte suas fotos e capturas sobre os itens dela. Quando nada bloquear, exporte o pacote da disputa: um resumo, as provas e um manifesto que comprova que nada foi alterado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the rules come from</source>
        <translation>De onde vêm as regras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy {policy} {version}. The platform changes its terms without notice: where sources disagree, the app takes the earlier deadline and the stricter check. An edited copy of the policy can be chosen in Settings.</source>
        <translation>Política {policy} {version}. A plataforma muda seus termos sem aviso: quando as fontes divergem, o aplicativo adota o prazo mais cedo e a verificação mais rigorosa. Uma cópia editada da política pode ser escolhida nas Configurações.</translation>
    </message>
</context>
<context>
    <name>import_dialogs</name>
    <message>
        <location filename="../../aliassist/gui/imports/import_dialogs.py" line="-363"/>
        <source>month/day/year (3/25/2026)</source>
        <extracomment>Currencies offered for amounts written without one. how a file writes dates: (value, label; translated where shown, context &quot;import_dialogs&quot;)</extracomment>
        <translation>mês/dia/ano (3/25/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year (25/3/2026)</source>
        <translation>dia/mês/ano (25/3/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (2026-03-25)</source>
        <translation>ano-mês-dia (2026-03-25)</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aliassist/gui/launch.py" line="+49"/>
        <source>warning: %1 is missing: some texts stay in English</source>
        <translation>aviso: %1 está faltando: alguns textos ficam em inglês</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{app} is already running on this database; its window was brought forward.</source>
        <translation>O {app} já está em execução com este banco de dados; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} is already running</source>
        <translation>O {app} já está em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another {app} (process {holder_pid}) is using {database} but does not answer. Close it and start again.</source>
        <translation>Outra instância do {app} (processo {holder_pid}) está usando {database}, mas não responde. Feche-a e inicie novamente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{app} cannot start</source>
        <translation>O {app} não pode ser iniciado</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{app}: backup restored</source>
        <translation>{app}: backup restaurado</translation>
    </message>
</context>
<context>
    <name>mail_import</name>
    <message>
        <location filename="../../aliassist/gui/imports/mail_import.py" line="-78"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Arquivos de e-mail (*.eml *.mbox *.mbx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order placed</source>
        <translation>pedido feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt confirmed</source>
        <translation>recebimento confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-confirm reminder</source>
        <translation>lembrete de confirmação automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute opened</source>
        <translation>disputa aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispute closed</source>
        <translation>disputa encerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the mail files or folders on this computer that hold the platform&apos;s e-mails: &lt;b&gt;Thunderbird&lt;/b&gt; keeps each local folder as a file (Inbox) in its profile&apos;s Mail or ImapMail folder; &lt;b&gt;Google Takeout&lt;/b&gt; gives a .mbox; &lt;b&gt;Apple Mail&lt;/b&gt; exports a mailbox as .mbox; &lt;b&gt;Outlook&lt;/b&gt;, Evolution and most programs save messages as .eml files (drag them into a folder); &lt;b&gt;Maildir&lt;/b&gt; folders are read as they are. The files are only read, here: nothing leaves this computer.</source>
        <translation>Escolha os arquivos ou pastas de e-mail neste computador que contêm os e-mails da plataforma: o &lt;b&gt;Thunderbird&lt;/b&gt; guarda cada pasta local como um arquivo (Inbox) na pasta Mail ou ImapMail do perfil; o &lt;b&gt;Google Takeout&lt;/b&gt; fornece um .mbox; o &lt;b&gt;Apple Mail&lt;/b&gt; exporta uma caixa de correio como .mbox; o &lt;b&gt;Outlook&lt;/b&gt;, o Evolution e a maioria dos programas salvam as mensagens como arquivos .eml (arraste-os para uma pasta); as pastas &lt;b&gt;Maildir&lt;/b&gt; são lidas como estão. Os arquivos são apenas lidos, aqui: nada sai deste computador.</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message numerus="yes">
        <location filename="../../aliassist/gui/workspace/order_dialog.py" line="+34"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>venceu há %n dia</numerusform>
            <numerusform>venceu há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than a day left</source>
        <translation>resta menos de um dia</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>resta %n dia</numerusform>
            <numerusform>restam %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>order_pane</name>
    <message>
        <location filename="../../aliassist/gui/workspace/order_pane.py" line="-144"/>
        <source>How are these dates worked out?</source>
        <translation>Como estas datas são calculadas?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{clock} (dispute {index})</source>
        <extracomment>the clock still matters in the order&apos;s state (drawn in colour; else grey)</extracomment>
        <translation>{clock} (disputa {index})</translation>
    </message>
    <message>
        <location line="+123"/>
        <source> (an estimate: see below)</source>
        <translation> (uma estimativa: veja abaixo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passed on {date}</source>
        <translation>venceu em {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left, until {date}</source>
        <translation>resta menos de um dia, até {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left, until {date}</source>
        <translation>
            <numerusform>resta %n dia, até {date}</numerusform>
            <numerusform>restam %n dias, até {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show how each deadline follows from the order&apos;s dates</source>
        <translation>Mostrar como cada prazo decorre das datas do pedido</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>cerca de %n dia</numerusform>
            <numerusform>cerca de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the real date…</source>
        <translation>Informar a data real…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the order page shows; the estimate is replaced</source>
        <translation>Informe a data que a página do pedido mostra; a estimativa é substituída</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking status</source>
        <translation>Status do rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt confirmed</source>
        <translation>Recebimento confirmado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, opened {date}</source>
        <translation>, aberta em {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Item: {title}</source>
        <translation>&lt;br&gt;Item: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Asks for {amount}</source>
        <translation>&lt;br&gt;Pede {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>resta %n dia</numerusform>
            <numerusform>restam %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than a day left</source>
        <translation>resta menos de um dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next: {clock}&lt;/b&gt; by {date} ({when})</source>
        <translation>&lt;b&gt;Próximo: {clock}&lt;/b&gt; até {date} ({when})</translation>
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
        <translation>Aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed despite the pre-check</source>
        <translation>Registrada apesar da pré-verificação</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source> by {who}</source>
        <translation> por {who}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> on {time}</source>
        <translation> em {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved{by}{on}</source>
        <translation>Salvo pela última vez{by}{on}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute {index}</source>
        <translation>Disputa {index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dispute} {step} on {date}{by}</source>
        <translation>{dispute} {step} em {date}{by}</translation>
    </message>
</context>
<context>
    <name>packet_export</name>
    <message>
        <location filename="../../aliassist/gui/dispute/packet_export.py" line="-62"/>
        <source>No dispute recorded</source>
        <translation>Nenhuma disputa registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {number} has no recorded dispute. Plan one with Dispute ▸ New dispute…; its packet can be exported from there.</source>
        <translation>O pedido {number} não tem disputa registrada. Planeje uma com Disputa ▸ Nova disputa…; o pacote dela pode ser exportado de lá.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export dispute packet</source>
        <translation>Exportar pacote da disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which dispute&apos;s packet?</source>
        <translation>O pacote de qual disputa?</translation>
    </message>
</context>
<context>
    <name>pane_evidence</name>
    <message>
        <location filename="../../aliassist/gui/workspace/pane_evidence.py" line="+32"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required evidence missing</source>
        <translation>faltam provas obrigatórias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reason}&lt;/b&gt; (dispute {index}): {done}</source>
        <translation>&lt;b&gt;{reason}&lt;/b&gt; (disputa {index}): {done}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) kept in the evidence vault.</source>
        <translation>
            <numerusform>%n arquivo guardado no cofre de provas.</numerusform>
            <numerusform>%n arquivos guardados no cofre de provas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence attached yet.</source>
        <translation>Ainda não há provas anexadas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the evidence checklist…</source>
        <translation>Abrir a lista de provas…</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../aliassist/i18n_policy.py" line="+62"/>
        <source>it</source>
        <extracomment>the context every policy text is translated in section -&gt; the keys of each of its entries that people read (a section of arrays of tables, such as checklists, holds lists of entries) the generated module, beside this one</extracomment>
        <translation>isso</translation>
    </message>
    <message>
        <location filename="../../aliassist/policy_strings.py" line="+13"/>
        <source>Buyer Protection ends</source>
        <translation>Fim da Proteção ao Comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protection timer on the order page. Open a dispute before it ends, or ask the seller to extend it.</source>
        <translation>O cronômetro de proteção na página do pedido. Abra uma disputa antes que ele termine ou peça ao vendedor para prorrogá-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day to open a dispute</source>
        <translation>Último dia para abrir uma disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dispute can be opened during protection and up to 15 days after the order completes (receipt confirmed, or protection ended).</source>
        <translation>Uma disputa pode ser aberta durante a proteção e até 15 dias após a conclusão do pedido (recebimento confirmado ou fim da proteção).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller must respond</source>
        <translation>O vendedor precisa responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the seller does not answer within 5 days, your proposal is carried out.</source>
        <translation>Se o vendedor não responder em 5 dias, sua proposta será executada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the seller or escalate</source>
        <translation>Responda ao vendedor ou escale a disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller answered your dispute. Accept the proposal, reply with your evidence, or escalate to the platform before this; a dispute left unanswered can be closed.</source>
        <translation>O vendedor respondeu à sua disputa. Antes deste prazo, aceite a proposta, responda com suas provas ou escale a disputa para a plataforma; uma disputa sem resposta pode ser encerrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform steps in</source>
        <translation>A plataforma intervém</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After escalation the platform reviews the case and steps in.</source>
        <translation>Depois da escalação, a plataforma analisa o caso e intervém.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship the return</source>
        <translation>Envie a devolução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return not shipped in time loses the refund.</source>
        <translation>Uma devolução não enviada a tempo perde o reembolso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the seller to extend protection</source>
        <translation>Peça ao vendedor para prorrogar a proteção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for an extension on the order page 5 to 7 days before protection ends; only the seller can grant it.</source>
        <translation>Peça a prorrogação na página do pedido de 5 a 7 dias antes do fim da proteção; só o vendedor pode concedê-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal claim window ends</source>
        <translation>Fim do prazo de reclamação no PayPal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: PayPal accepts disputes within 180 days of payment. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Fora da plataforma: o PayPal aceita disputas até 180 dias após o pagamento. Abrir uma impede a abertura de uma disputa no AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card chargeback window ends (about)</source>
        <translation>Fim do prazo de chargeback do cartão (aprox.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the platform: card chargebacks are usually possible for about 120 days from the transaction. Opening one closes the door to an AliExpress dispute.</source>
        <translation>Fora da plataforma: o chargeback do cartão costuma ser possível por cerca de 120 dias a partir da transação. Abrir um impede a abertura de uma disputa no AliExpress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item not received</source>
        <translation>Produto não recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tracking movement, the parcel is lost, or it was delivered to someone else.</source>
        <translation>O rastreamento não avança, o pacote se perdeu ou foi entregue a outra pessoa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to the seller</source>
        <translation>Devolvido ao vendedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel going back to the seller.</source>
        <translation>O rastreamento mostra o pacote voltando para o vendedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held at customs</source>
        <translation>Retido na alfândega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs is holding the parcel (duties, missing documents, prohibited goods).</source>
        <translation>A alfândega está retendo o pacote (impostos, documentos faltando, mercadorias proibidas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Não corresponde à descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size, colour, material or function differ from the listing.</source>
        <translation>Tamanho, cor, material ou funcionamento diferem do anúncio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor quality</source>
        <translation>Baixa qualidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects, bad workmanship, quality well below what the listing shows.</source>
        <translation>Defeitos, acabamento ruim, qualidade muito abaixo do que o anúncio mostra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not work</source>
        <translation>Não funciona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item does not work or stopped working on arrival.</source>
        <translation>O produto não funciona ou parou de funcionar ao chegar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Danificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item arrived broken or damaged.</source>
        <translation>O produto chegou quebrado ou danificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation>Produto errado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You received a different item from the one you ordered.</source>
        <translation>Você recebeu um produto diferente do que pediu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing parts or accessories</source>
        <translation>Faltam peças ou acessórios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts or accessories the listing includes are missing.</source>
        <translation>Faltam peças ou acessórios que o anúncio inclui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer pieces than ordered</source>
        <translation>Menos unidades do que o pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel holds fewer pieces than you paid for.</source>
        <translation>O pacote contém menos unidades do que você pagou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty parcel</source>
        <translation>Pacote vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel arrived empty.</source>
        <translation>O pacote chegou vazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterfeit</source>
        <translation>Falsificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fake brand goods. This is also an intellectual-property violation by the seller.</source>
        <translation>Produtos de marca falsificados. Isso também é uma violação de propriedade intelectual por parte do vendedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full refund</source>
        <translation>Reembolso total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return and refund</source>
        <translation>Devolução e reembolso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the platform decides the item goes back, you must ship it back before the refund is paid.</source>
        <translation>Se a plataforma decidir que o produto deve ser devolvido, você precisa enviá-lo de volta antes de o reembolso ser pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My photo of what I received</source>
        <translation>Minha foto do que recebi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My video</source>
        <translation>Meu vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the listing</source>
        <translation>Captura de tela do anúncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the tracking</source>
        <translation>Captura de tela do rastreamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of the chat with the seller</source>
        <translation>Captura de tela do chat com o vendedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (customs notice, carrier statement, report)</source>
        <translation>Documento (aviso da alfândega, declaração da transportadora, laudo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds like revenge</source>
        <translation>Parece vingança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text reads as revenge on the seller. Disputes opened to retaliate are forbidden; describe only what is wrong with the order, and leave out how you feel about the seller.</source>
        <translation>O texto parece uma vingança contra o vendedor. Disputas abertas por retaliação são proibidas; descreva apenas o que está errado com o pedido e deixe de fora o que você sente pelo vendedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: write only what is wrong with the order and what you ask for.</source>
        <translation>Remova “{found}”: escreva apenas o que está errado com o pedido e o que você pede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concrete reason</source>
        <translation>Nenhum motivo concreto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes without real reasons are forbidden. Choose a reason and describe concrete facts: what you ordered, what you received or what tracking shows, and when.</source>
        <translation>Disputas sem motivos reais são proibidas. Escolha um motivo e descreva fatos concretos: o que você pediu, o que recebeu ou o que o rastreamento mostra, e quando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt already confirmed</source>
        <translation>Recebimento já confirmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirmed receipt of this order, so claiming it was not received counts as a false claim. If something is wrong with what arrived, choose a received-item reason instead.</source>
        <translation>Você confirmou o recebimento deste pedido, então alegar que ele não foi recebido conta como reclamação falsa. Se algo estiver errado com o que chegou, escolha um motivo de produto recebido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered</source>
        <translation>O rastreamento indica entregue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking shows the parcel as delivered. If it never reached you, get a written statement from the carrier or post office that it was not handed to you, and attach it.</source>
        <translation>O rastreamento mostra o pacote como entregue. Se ele nunca chegou até você, obtenha uma declaração por escrito da transportadora ou dos Correios de que ele não foi entregue a você e anexe-a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo or video of what you received</source>
        <translation>Nenhuma foto ou vídeo do que você recebeu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim about the item you received needs at least one of your own photos or videos of it. Photograph or film the item (and the difference from the listing), then attach it.</source>
        <translation>Uma reclamação sobre o produto recebido precisa de pelo menos uma foto ou vídeo seu do produto. Fotografe ou filme o produto (e a diferença em relação ao anúncio) e anexe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No capture of the listing</source>
        <translation>Nenhuma captura de tela do anúncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show the item is not as described, attach a capture of the listing (title, photos, specifications) as it was when you ordered.</source>
        <translation>Para mostrar que o produto não corresponde à descrição, anexe uma captura de tela do anúncio (título, fotos, especificações) como ele estava quando você fez o pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence missing</source>
        <translation>Faltam provas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required evidence for this reason is missing. Attach the items the checklist marks as required before you file.</source>
        <translation>Faltam provas obrigatórias para este motivo. Anexe os itens que a lista marca como obrigatórios antes de enviar a disputa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already refunded</source>
        <translation>Já reembolsado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A full refund is recorded for this order. Opening a dispute after a refund is forbidden.</source>
        <translation>Há um reembolso total registrado para este pedido. Abrir uma disputa depois de um reembolso é proibido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargeback or payment claim already made</source>
        <translation>Chargeback ou reclamação de pagamento já feito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card chargeback or a payment-provider claim (PayPal or similar) is recorded for this order. A platform dispute on top of it is forbidden; follow the claim you opened instead.</source>
        <translation>Há um chargeback do cartão ou uma reclamação no provedor de pagamento (PayPal ou similar) registrado para este pedido. Abrir também uma disputa na plataforma é proibido; acompanhe a reclamação que você abriu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund already received</source>
        <translation>Reembolso parcial já recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund is recorded for this order. A new dispute must be about a different problem, and any refund asked must not count the amount already paid back.</source>
        <translation>Há um reembolso parcial registrado para este pedido. Uma nova disputa precisa tratar de outro problema, e o reembolso pedido não pode incluir o valor já devolvido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demands beyond the listing</source>
        <translation>Exigências além do anúncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute asks for goods, parts, services, discounts or coupons that were not part of the listing, or ties a review to a demand. That is treated as blackmail. Ask only for a refund or a return of what you paid for.</source>
        <translation>A disputa pede produtos, peças, serviços, descontos ou cupons que não faziam parte do anúncio, ou condiciona uma avaliação a uma exigência. Isso é tratado como chantagem. Peça apenas um reembolso ou a devolução do que você pagou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask only for a refund or a return of what you paid for, and leave reviews and extras out of it.</source>
        <translation>Remova “{found}”: peça apenas um reembolso ou a devolução do que você pagou, e deixe avaliações e extras de fora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund above what was paid</source>
        <translation>Reembolso acima do valor pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund asked is more than was paid for this order (less any refund already received). Ask for at most what you paid.</source>
        <translation>O reembolso pedido é maior do que o valor pago por este pedido (descontado qualquer reembolso já recebido). Peça no máximo o que você pagou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same dispute already exists</source>
        <translation>Já existe a mesma disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dispute for this order and item with the same reason. Several disputes for the same reason are forbidden; continue the existing one.</source>
        <translation>Já existe uma disputa para este pedido e produto com o mesmo motivo. Várias disputas pelo mesmo motivo são proibidas; continue a disputa existente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopening a cancelled dispute</source>
        <translation>Reabertura de uma disputa cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled a dispute with the same reason on this order and no refund was paid. Reopen it only with new facts, and say what changed.</source>
        <translation>Você cancelou uma disputa com o mesmo motivo neste pedido e nenhum reembolso foi pago. Reabra-a somente com fatos novos e diga o que mudou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too late to open a dispute</source>
        <translation>Tarde demais para abrir uma disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute window for this order has closed. A dispute can no longer be opened on the platform.</source>
        <translation>O prazo para abrir disputa neste pedido terminou. Não é mais possível abrir uma disputa na plataforma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same item disputed from another account</source>
        <translation>Mesmo produto em disputa por outra conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same listing or store item is disputed from another of your accounts. Linked accounts are penalised together; dispute it from one account only.</source>
        <translation>O mesmo anúncio ou produto da loja está em disputa por outra de suas contas. Contas vinculadas são penalizadas em conjunto; abra a disputa por uma única conta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description too long</source>
        <translation>Descrição longa demais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute form does not take a description this long. Keep to what is wrong, what you ordered and what you ask for, and leave out the rest.</source>
        <translation>O formulário de disputa não aceita uma descrição tão longa. Fique no que está errado, no que você pediu e no que você quer, e deixe o resto de fora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatens a negative review</source>
        <translation>Ameaça de avaliação negativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatening a negative review to get something is forbidden and can get your reviews removed and your account blocked. State the problem and the remedy you ask for, without the threat.</source>
        <translation>Ameaçar com uma avaliação negativa para conseguir algo é proibido e pode fazer com que suas avaliações sejam removidas e sua conta bloqueada. Descreva o problema e a solução que você pede, sem a ameaça.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: describe the problem and the refund or return you ask for, without mentioning a review.</source>
        <translation>Remova “{found}”: descreva o problema e o reembolso ou a devolução que você pede, sem mencionar avaliação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to another site</source>
        <translation>Link para outro site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to sites other than the platform are not allowed in messages and reviews. Attach a capture instead of linking to it.</source>
        <translation>Links para sites fora da plataforma não são permitidos em mensagens e avaliações. Anexe uma captura de tela em vez do link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: attach a capture or the file itself instead of a link.</source>
        <translation>Remova “{found}”: anexe uma captura de tela ou o próprio arquivo em vez de um link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal outside the platform</source>
        <translation>Negociação fora da plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers to pay or trade outside the platform lose Buyer Protection and break the rules. Keep payment and refunds on the platform.</source>
        <translation>Ofertas para pagar ou negociar fora da plataforma fazem perder a Proteção ao Comprador e violam as regras. Mantenha pagamentos e reembolsos na plataforma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for the refund or the answer here, on the platform, not by app, card or transfer.</source>
        <translation>Remova “{found}”: peça o reembolso ou a resposta aqui, na plataforma, e não por aplicativo, cartão ou transferência.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abusive language</source>
        <translation>Linguagem ofensiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insults, profanity and threats break the communication rules and weaken your case. Keep to the facts.</source>
        <translation>Insultos, palavrões e ameaças violam as regras de comunicação e enfraquecem seu caso. Atenha-se aos fatos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: say what is wrong in plain, calm words.</source>
        <translation>Remova “{found}”: diga o que está errado com palavras simples e calmas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review in exchange for something</source>
        <translation>Avaliação em troca de algo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for or offering a review in exchange for a refund, gift or anything else is review manipulation. Leave it out.</source>
        <translation>Pedir ou oferecer uma avaliação em troca de reembolso, brinde ou qualquer outra coisa é manipulação de avaliações. Deixe isso de fora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take out “{found}”: ask for what you want on its own, and keep your review to your honest opinion of the item.</source>
        <translation>Remova “{found}”: peça o que você quer separadamente e mantenha sua avaliação como sua opinião sincera sobre o produto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo taken before the item could arrive</source>
        <translation>Foto tirada antes de o produto poder chegar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This photo was taken before the item could have reached you (before it shipped, or before the order date). Use photos of what you received, taken after it arrived.</source>
        <translation>Esta foto foi tirada antes de o produto poder ter chegado até você (antes do envio ou antes da data do pedido). Use fotos do que você recebeu, tiradas depois da chegada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looks like the seller&apos;s picture</source>
        <translation>Parece a imagem do vendedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like the seller&apos;s picture, not your photo of what you received. Mark it as a listing capture, or replace it with your own photo.</source>
        <translation>Isto parece a imagem do vendedor, não a sua foto do que você recebeu. Marque-a como captura de tela do anúncio ou substitua-a por uma foto sua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform will not take this file</source>
        <translation>A plataforma não aceitará este arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is too large or in a format the dispute form does not accept (HEIC from phones, for one). The dispute packet converts it to a JPEG within the limit; attach the converted copy.</source>
        <translation>Este arquivo é grande demais ou está em um formato que o formulário de disputa não aceita (HEIC de celulares, por exemplo). O pacote da disputa o converte em JPEG dentro do limite; anexe a cópia convertida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history</source>
        <translation>Histórico de rastreamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the whole tracking history from the order page or the carrier&apos;s site, with the last event and its date.</source>
        <translation>Faça uma captura de tela de todo o histórico de rastreamento na página do pedido ou no site da transportadora, com o último evento e sua data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel never moved, was lost, or went elsewhere.</source>
        <translation>Mostra que o pacote nunca se moveu, se perdeu ou foi para outro lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier or post-office statement</source>
        <translation>Declaração da transportadora ou dos Correios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your post office or the carrier for a written statement that the parcel was not delivered to you.</source>
        <translation>Peça aos Correios ou à transportadora uma declaração por escrito de que o pacote não foi entregue a você.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking says delivered; only the carrier&apos;s statement outweighs it.</source>
        <translation>O rastreamento indica entregue; só a declaração da transportadora tem mais peso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat with the seller</source>
        <translation>Chat com o vendedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the missing parcel and their answers.</source>
        <translation>Faça uma captura de tela das suas mensagens ao vendedor sobre o pacote extraviado e das respostas dele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you tried to resolve it first.</source>
        <translation>Mostra que você tentou resolver primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking history showing the return</source>
        <translation>Histórico de rastreamento mostrando a devolução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel going back to the seller.</source>
        <translation>Faça uma captura de tela dos eventos de rastreamento que mostram o pacote voltando para o vendedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proves the parcel never reached you.</source>
        <translation>Prova que o pacote nunca chegou até você.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the return.</source>
        <translation>Faça uma captura de tela das suas mensagens ao vendedor sobre a devolução.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official customs notice</source>
        <translation>Aviso oficial da alfândega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or photograph the official notice from customs (why it is held, what it asks for).</source>
        <translation>Digitalize ou fotografe o aviso oficial da alfândega (por que o pacote está retido e o que é exigido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform decides customs cases on the official notice.</source>
        <translation>A plataforma decide casos de alfândega com base no aviso oficial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the tracking events that show the parcel held at customs.</source>
        <translation>Faça uma captura de tela dos eventos de rastreamento que mostram o pacote retido na alfândega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows where the parcel stopped and since when.</source>
        <translation>Mostra onde o pacote parou e desde quando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller about the customs hold.</source>
        <translation>Faça uma captura de tela das suas mensagens ao vendedor sobre a retenção na alfândega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows you asked the seller for the documents customs needs.</source>
        <translation>Mostra que você pediu ao vendedor os documentos que a alfândega exige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the item</source>
        <translation>Suas fotos do produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of the item you received, in daylight, showing every difference from the listing.</source>
        <translation>Fotos nítidas do produto recebido, à luz do dia, mostrando cada diferença em relação ao anúncio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case rests on your own photos of what arrived.</source>
        <translation>O caso depende das suas próprias fotos do que chegou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing as it was when you ordered: title, photos, size chart and specifications.</source>
        <translation>Faça uma captura de tela do anúncio como ele estava quando você fez o pedido: título, fotos, tabela de medidas e especificações.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what the seller promised.</source>
        <translation>Mostra o que o vendedor prometeu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item beside a ruler, with its size label</source>
        <translation>Produto ao lado de uma régua, com a etiqueta de tamanho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay the item flat beside a ruler or tape measure, and photograph the size label.</source>
        <translation>Coloque o produto estendido ao lado de uma régua ou fita métrica e fotografe a etiqueta de tamanho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a wrong size, measurements settle it.</source>
        <translation>Para tamanho errado, as medidas resolvem a questão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture your messages to the seller listing the differences.</source>
        <translation>Faça uma captura de tela das suas mensagens ao vendedor listando as diferenças.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close-ups of the defects</source>
        <translation>Closes dos defeitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharp close-up photos of every defect, with the whole item in at least one.</source>
        <translation>Fotos nítidas em close de cada defeito, com o produto inteiro em pelo menos uma delas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality claims are judged on the defects you show.</source>
        <translation>Reclamações de qualidade são avaliadas pelos defeitos que você mostra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing photos and description of the quality promised.</source>
        <translation>Faça uma captura de tela das fotos e da descrição do anúncio com a qualidade prometida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the gap between promise and product.</source>
        <translation>Mostra a diferença entre o prometido e o produto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video of the fault</source>
        <translation>Vídeo do defeito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Film the item being set up and used as the listing says, showing that it does not work (power, buttons, screen), in one continuous take.</source>
        <translation>Filme o produto sendo montado e usado como o anúncio indica, mostrando que ele não funciona (energia, botões, tela), em uma única tomada contínua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronics cases are decided on a video of the fault.</source>
        <translation>Casos de eletrônicos são decididos com base em um vídeo do defeito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item, its model label and serial number.</source>
        <translation>Fotos do produto, da etiqueta do modelo e do número de série.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the unit you received.</source>
        <translation>Identifica a unidade que você recebeu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing&apos;s specifications and instructions.</source>
        <translation>Faça uma captura de tela das especificações e instruções do anúncio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the function the seller promised.</source>
        <translation>Mostra a função que o vendedor prometeu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the damage</source>
        <translation>Fotos dos danos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear photos of every damaged part of the item.</source>
        <translation>Fotos nítidas de cada parte danificada do produto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived broken.</source>
        <translation>Mostra o que chegou quebrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel with its label</source>
        <translation>O pacote com a etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the outer packaging from all sides, with the shipping label readable, before you throw it away.</source>
        <translation>Fotografe a embalagem externa de todos os lados, com a etiqueta de envio legível, antes de jogá-la fora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken packaging shows the damage happened in transit.</source>
        <translation>Uma embalagem danificada mostra que o dano ocorreu no transporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office damage report</source>
        <translation>Laudo de avaria dos Correios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the parcel was visibly damaged, ask the post office for a damage report.</source>
        <translation>Se o pacote estava visivelmente danificado, peça aos Correios um laudo de avaria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official report of transit damage.</source>
        <translation>Um registro oficial de dano no transporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of what you received</source>
        <translation>Suas fotos do que você recebeu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the item you received, with any labels or model numbers.</source>
        <translation>Fotos do produto recebido, com etiquetas ou números de modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what arrived instead.</source>
        <translation>Mostra o que chegou no lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture of what you ordered</source>
        <translation>Captura de tela do que você pediu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing and the option (colour, size, model) you chose.</source>
        <translation>Faça uma captura de tela do anúncio e da opção (cor, tamanho, modelo) que você escolheu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have arrived.</source>
        <translation>Mostra o que deveria ter chegado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label</source>
        <translation>A etiqueta do pacote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label with your order&apos;s details.</source>
        <translation>Fotografe a etiqueta de envio com os dados do seu pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties the item to this order.</source>
        <translation>Vincula o produto a este pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything that was in the parcel</source>
        <translation>Tudo o que estava no pacote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out everything that arrived and photograph it in one picture.</source>
        <translation>Disponha tudo o que chegou e fotografe em uma única foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows exactly what is missing.</source>
        <translation>Mostra exatamente o que está faltando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing&apos;s list of contents</source>
        <translation>Lista de conteúdo do anúncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the part of the listing that says what is included.</source>
        <translation>Faça uma captura de tela da parte do anúncio que diz o que está incluído.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what should have been in the parcel.</source>
        <translation>Mostra o que deveria estar no pacote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parcel label with its weight</source>
        <translation>A etiqueta do pacote com o peso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label; the declared weight can show parts were never sent.</source>
        <translation>Fotografe a etiqueta de envio; o peso declarado pode mostrar que algumas peças nunca foram enviadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared weight against actual contents.</source>
        <translation>Peso declarado comparado ao conteúdo real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All pieces, counted</source>
        <translation>Todas as unidades, contadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay out every piece you received so they can be counted in one photo.</source>
        <translation>Disponha todas as unidades recebidas para que possam ser contadas em uma única foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many pieces arrived.</source>
        <translation>Mostra quantas unidades chegaram.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity you ordered</source>
        <translation>A quantidade que você pediu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing or order page showing the quantity and pack size.</source>
        <translation>Faça uma captura de tela do anúncio ou da página do pedido mostrando a quantidade e as unidades por embalagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows how many you paid for.</source>
        <translation>Mostra por quantas unidades você pagou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the shipping label and the declared weight.</source>
        <translation>Fotografe a etiqueta de envio e o peso declarado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph the parcel from all sides with its label readable, and the empty inside.</source>
        <translation>Fotografe o pacote de todos os lados com a etiqueta legível, e o interior vazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the parcel arrived without the item.</source>
        <translation>Mostra que o pacote chegou sem o produto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unboxing video</source>
        <translation>Vídeo de unboxing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have one, a continuous video of opening the parcel.</source>
        <translation>Se você tiver, um vídeo contínuo da abertura do pacote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest proof the parcel was empty.</source>
        <translation>A prova mais forte de que o pacote estava vazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-office report with the weight</source>
        <translation>Laudo dos Correios com o peso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the post office for a report with the parcel&apos;s weight on arrival.</source>
        <translation>Peça aos Correios um laudo com o peso do pacote na chegada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An official record of an empty or underweight parcel.</source>
        <translation>Um registro oficial de pacote vazio ou abaixo do peso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos of the brand marks</source>
        <translation>Suas fotos das marcas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of logos, labels, tags, serial numbers and packaging of what you received.</source>
        <translation>Fotos de logotipos, etiquetas, tags, números de série e embalagem do que você recebeu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the marks that make it fake.</source>
        <translation>Mostra as marcas que indicam que é falsificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture the listing showing the brand it claims.</source>
        <translation>Faça uma captura de tela do anúncio mostrando a marca que ele alega ser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the seller sold it as the brand.</source>
        <translation>Mostra que o vendedor o vendeu como sendo da marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof it is not genuine</source>
        <translation>Prova de que não é original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement from the brand, or a comparison with a genuine item.</source>
        <translation>Uma declaração da marca ou uma comparação com um produto original.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirms the item is counterfeit.</source>
        <translation>Confirma que o produto é falsificado.</translation>
    </message>
</context>
</TS>
