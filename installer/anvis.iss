; Inno Setup 6 script of Anvis for the desk's Windows PCs: packs dist\anvis\ (made by
; installer\build.sh with PyInstaller) into dist\Anvis-<version>-setup.exe.
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\anvis.iss
;
; - installs for all users into Program Files (needs administrator rights; IT can deploy it
;   silently: Anvis-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART);
; - Danish installer texts (English when Windows runs in another language);
; - a start-menu shortcut "Anvis" (and, if chosen, one on the desktop);
; - uninstalling removes the program only: each user's database, backups and log in
;   %LOCALAPPDATA%\Anvis stay (the uninstaller says so), as does a shared server's data.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Anvis"
#define AppExe "Anvis.exe"

[Setup]
AppId={{6A0C2F0E-4B7D-4E57-9E4B-3D5C1A7B2E19}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Boliganvisningen
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Anvis-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
da.DesktopShortcut=Opret en genvej på skrivebordet
en.DesktopShortcut=Create a desktop shortcut
da.ShortcutGroup=Genveje:
en.ShortcutGroup=Shortcuts:
da.StartAnvis=Start Anvis nu
en.StartAnvis=Start Anvis now
da.AnvisComment=Boliganvisningens program: ledige boliger, boligsøgende, tilbud og breve
en.AnvisComment=The housing allocation desk's program: vacancies, applicants, offers and letters
da.DataKept=Anvis er fjernet. Brugernes databaser, sikkerhedskopier og logfiler i mappen AppData\Local\Anvis er bevaret; slet mappen selv, hvis de ikke skal bruges mere.
en.DataKept=Anvis has been removed. The users' databases, backups and log files in the folder AppData\Local\Anvis are kept; delete that folder yourself if they are no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:ShortcutGroup}"; Flags: unchecked

[Files]
; The whole PyInstaller folder. Nothing in the user's data folder is ever installed or removed.
Source: "..\dist\anvis\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AnvisComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AnvisComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartAnvis}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder (Python byte code caches).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(ExpandConstant('{cm:DataKept}'), mbInformation, MB_OK);
end;
