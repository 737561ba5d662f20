; Inno Setup script for AliAssist on Windows: a per-user install (no administrator rights).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\aliassist.iss
;
; Build dist\AliAssist\ first (packaging\build.py). Kept right by tests/packaging (parsed there).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AliAssist"
#define AppUserModelID "io.github.aliassist.AliAssist"

[Setup]
; The AppId never changes: upgrades and the uninstaller find the installation by it.
AppId={{8C3E5B7A-2F14-4D6B-9A0E-5D1C7B3F9E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AliAssist developers
AppPublisherURL=https://github.com/aliassist/aliassist
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; Setup and the uninstaller see a running AliAssist (it holds this mutex) and ask to close it.
AppMutex={#AppUserModelID}
SetupMutex={#AppName}-setup
CloseApplications=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\aliassist.ico
UninstallDisplayIcon={app}\aliassist-gui.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked
Name: "startatlogin"; Description: "Start {#AppName} when I sign in (it waits in the notification area)"; Flags: unchecked

[Files]
Source: "..\..\dist\AliAssist\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\aliassist-gui.exe"; AppUserModelID: "{#AppUserModelID}"; Comment: "Buyer Protection deadlines, dispute pre-checks and evidence"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\aliassist-gui.exe"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Registry]
; The same value the app writes when "Start at login" is switched on in its Settings (whether
; it then starts in the tray is the "Start minimised" setting).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\aliassist-gui.exe"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\aliassist-gui.exe"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app folder may still hold; the user's data is handled in [Code] below.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// Uninstalling keeps the user's orders, evidence and backups unless they ask for them to go.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox('Also delete your AliAssist data (orders, evidence and backups) in ' + DataDir + '?'
                + #13#10#13#10 + 'Choose No to keep it for a later installation.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
