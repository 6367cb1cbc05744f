; Inno Setup 6 script for Bond on Windows: installs the PyInstaller one-folder bundle for all users.
;
; Build on Windows, from the repository root, after building the bundle there (dist\bond\):
;   iscc /DAppVersion=0.1.0 packaging\windows\bond.iss
; The installer is written to dist\bond-<version>-windows-x64-setup.exe.
;
; Clinics: a site policy can be installed with it, into %ProgramData%\Bond\policy.toml,
; either on the optional "Clinic policy" page or silently:
;   bond-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /POLICY="C:\path\policy.toml"
; A /POLICY= file that does not exist stops the installation (exit code 1) rather than
; installing Bond unmanaged. The policy folder is made writable by administrators only.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 packaging\windows\bond.iss
#endif

[Setup]
AppId={{6B0E8F4C-3E0B-4C55-9B8B-2F0D6E0B7A11}
AppName=Bond
AppVersion={#AppVersion}
AppVerName=Bond {#AppVersion}
AppPublisher=The Bond developers
DefaultDirName={autopf}\Bond
DefaultGroupName=Bond
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=bond.ico
UninstallDisplayIcon={app}\bond.exe
UninstallDisplayName=Bond
OutputDir=..\..\dist
OutputBaseFilename=bond-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\bond\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
Name: "{commonappdata}\Bond"

[Icons]
Name: "{autoprograms}\Bond"; Filename: "{app}\bond.exe"; Comment: "Practise the skills of a close relationship, privately and offline"
Name: "{autodesktop}\Bond"; Filename: "{app}\bond.exe"; Tasks: desktopicon

[Run]
; %ProgramData% lets ordinary users create files in new subfolders; the policy folder must not.
; SIDs: S-1-5-32-544 Administrators, S-1-5-18 SYSTEM, S-1-5-32-545 Users (read only).
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Bond"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\bond.exe"; Description: "{cm:LaunchProgram,Bond}"; Flags: nowait postinstall skipifsilent unchecked

; The policy file stays on uninstall: it belongs to the organisation that manages the computer.

[Code]
var
  PolicyPage: TInputFileWizardPage;

function PolicyParam(): String;
begin
  Result := ExpandConstant('{param:POLICY|}');
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if (PolicyParam() <> '') and not FileExists(PolicyParam()) then
  begin
    SuppressibleMsgBox('The policy file given with /POLICY= was not found: ' + PolicyParam() +
      #13#10 + 'Bond was not installed.', mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure InitializeWizard();
begin
  PolicyPage := CreateInputFilePage(wpSelectTasks, 'Clinic policy (optional)',
    'Is this computer lent or managed by a clinic or another organisation?',
    'If the organisation gave you a Bond policy file (policy.toml), choose it here. ' +
    'On your own computer, leave this empty and click Next.');
  PolicyPage.Add('Policy file:', 'Bond policy (*.toml)|*.toml|All files|*.*', '.toml');
  PolicyPage.Values[0] := PolicyParam();
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = PolicyPage.ID) and (PolicyParam() <> '');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = PolicyPage.ID) and (PolicyPage.Values[0] <> '') and
     not FileExists(PolicyPage.Values[0]) then
  begin
    MsgBox('That policy file could not be found. Choose it again, or leave the box empty.',
      mbError, MB_OK);
    Result := False;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Source, Target: String;
begin
  if CurStep <> ssPostInstall then
    Exit;
  Source := PolicyPage.Values[0];
  if Source = '' then
    Source := PolicyParam();
  if Source = '' then
    Exit;
  Target := ExpandConstant('{commonappdata}\Bond\policy.toml');
  if not FileCopy(Source, Target, False) then
    RaiseException('The policy file could not be copied to ' + Target + '.');
  Log('Installed the site policy from ' + Source + ' to ' + Target);
end;
