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
<context>
    <name>cli</name>
    <message>
        <location filename="../../aliassist/cli/__init__.py" line="+184"/>
        <source>warning: %1 is missing: messages stay in English (run `make translations-build`)</source>
        <extracomment>The years `--now` may pin the clock to: deadlines a few years past it must still be dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aliassist/gui/launch.py" line="+48"/>
        <source>warning: %1 is missing: some texts stay in English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
