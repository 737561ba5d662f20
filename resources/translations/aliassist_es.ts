<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>LanguageGroup</name>
    <message>
        <location filename="../../aliassist/gui/settings/language_settings.py" line="+19"/>
        <location line="+4"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies after a restart of AliAssist: close it (also from the tray) and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AliAssist speaks the language you chose from its next start. Close it (also from the tray) and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
