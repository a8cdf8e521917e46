; Inno Setup script: installs the one-folder build (dist\evidenceapp) per user, with Start-menu and optional
; desktop shortcuts to the windowed evidenceapp-gui.exe; evidenceapp.exe (console) stays for the CLI.
; Build:  iscc /DAppVersion=0.1.0 packaging\windows\evidenceapp.iss   (from the repository root, after
;         pyinstaller packaging\evidenceapp.spec) → dist\evidenceapp-setup-0.1.0.exe
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F4B0C7E-2D1A-4E0B-9E55-1E7A0E0D5C11}
AppName=evidenceapp
AppVersion={#AppVersion}
AppPublisher=evidenceapp contributors
DefaultDirName={autopf}\evidenceapp
DefaultGroupName=evidenceapp
; Per-user install: no administrator rights needed; the evidence itself lives in %LOCALAPPDATA%\evidenceapp,
; which the uninstaller never touches.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=evidenceapp-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\app\evidenceapp.ico
UninstallDisplayIcon={app}\evidenceapp-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
; Inno Setup ships no Simplified Chinese file by default; add ChineseSimplified.isl from its unofficial set to list it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\evidenceapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\evidenceapp"; Filename: "{app}\evidenceapp-gui.exe"
Name: "{group}\{cm:UninstallProgram,evidenceapp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\evidenceapp"; Filename: "{app}\evidenceapp-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\evidenceapp-gui.exe"; Description: "{cm:LaunchProgram,evidenceapp}"; Flags: nowait postinstall skipifsilent
