; Inno Setup script for the Windows installer of FörderDesk (build machine: Windows with Inno Setup 6).
;   1. installer\build.ps1         (PyInstaller one-folder build into dist\FoerderDesk)
;   2. iscc /DAppVersion=0.1.0 installer\foerderdesk.iss
; Per-machine installation; IT can set the shared database once for all users of the PC: either on the
; wizard page or silently with  FoerderDesk-Setup.exe /VERYSILENT /DBURL="postgresql+psycopg://fd@server/foerderdesk"
; The URL goes to C:\ProgramData\FoerderDesk\config.toml (read by every user; a password is never stored there –
; each user's password comes from the Windows credential store via keyring).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3E2D0C-3A8B-4C1E-9B52-F0E5D4A1C7B9}
AppName=FörderDesk
AppVersion={#AppVersion}
AppVerName=FörderDesk {#AppVersion}
AppPublisher=Landratsamt Kyffhäuserkreis – Jugend- und Sozialamt
DefaultDirName={autopf}\FoerderDesk
DefaultGroupName=FörderDesk
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=FoerderDesk-{#AppVersion}-Setup
SetupIconFile=..\ui\resources\foerderdesk.ico
UninstallDisplayIcon={app}\FoerderDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\dist\FoerderDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\FörderDesk"; Filename: "{app}\FoerderDesk.exe"
Name: "{group}\FörderDesk deinstallieren"; Filename: "{uninstallexe}"
Name: "{autodesktop}\FörderDesk"; Filename: "{app}\FoerderDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Verknüpfung auf dem Desktop anlegen"; Flags: unchecked

[Run]
Filename: "{app}\FoerderDesk.exe"; Description: "FörderDesk starten"; Flags: nowait postinstall skipifsilent

[Code]
var
  DbPage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  DbPage := CreateInputQueryPage(wpSelectDir, 'Gemeinsame Datenbank',
    'Arbeitet das Amt mit einem gemeinsamen PostgreSQL-Server?',
    'Leer lassen für die eingebettete Datenbank je Benutzer. Beispiel: postgresql+psycopg://foerderdesk@server/foerderdesk');
  DbPage.Add('Datenbankadresse (ohne Passwort):', False);
  DbPage.Values[0] := ExpandConstant('{param:DBURL|}');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = DbPage.ID) and (Pos('@', DbPage.Values[0]) > 0) and (Pos(':', Copy(DbPage.Values[0],
      Pos('//', DbPage.Values[0]) + 2, Pos('@', DbPage.Values[0]) - Pos('//', DbPage.Values[0]) - 2)) > 0) then
  begin
    MsgBox('Bitte kein Passwort in die Adresse schreiben; es wird beim ersten Start sicher abgefragt.',
      mbError, MB_OK);
    Result := False;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Url: String;
begin
  if CurStep = ssPostInstall then
  begin
    Url := Trim(DbPage.Values[0]);
    if Url <> '' then
    begin
      ForceDirectories(ExpandConstant('{commonappdata}\FoerderDesk'));
      SaveStringToFile(ExpandConstant('{commonappdata}\FoerderDesk\config.toml'),
        '[database]' + #13#10 + 'url = "' + Url + '"' + #13#10, False);
    end;
  end;
end;
