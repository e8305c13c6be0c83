; Inno Setup 6 script for MSU Desktop: a per-user install without administrator rights.
; Built by packaging/build.py on Windows:  iscc /DAppVersion=X.Y.Z /DSourceDir=...\msu-desktop msu-desktop.iss
; The user's data (database, attachments, keys, backups) lives in %LOCALAPPDATA%\MSU\MSU Desktop,
; never in {app}: upgrading in place replaces only the program, and uninstalling keeps the data
; unless the user ticks "Also delete my data" on the uninstall page.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\msu-desktop"
#endif

[Setup]
AppId={{6F1D8C2E-3B1A-4E57-9C0D-5A7B2E41C0F3}
AppName=MSU Desktop
AppVersion={#AppVersion}
AppVerName=MSU Desktop {#AppVersion}
AppPublisher=MSU
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription=MSU Desktop installer
DefaultDirName={localappdata}\Programs\MSU Desktop
DefaultGroupName=MSU Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
OutputBaseFilename=msu-desktop-{#AppVersion}-setup
UninstallDisplayIcon={app}\msu-desktop.exe
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=yes

[Languages]
; Inno Setup ships Russian; Kyrgyz.isl overrides the messages a user reads on top of it.
Name: "ky"; MessagesFile: "compiler:Languages\Russian.isl,Kyrgyz.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
ru.DesktopIcon=Создать значок на рабочем столе
ky.DesktopIcon=Иш тактасына белги түзүү
ru.DeleteData=Также удалить мои данные (база данных, вложения, ключи, резервные копии)
ky.DeleteData=Менин маалыматтарымды да өчүрүү (маалыматтар базасы, тиркемелер, ачкычтар, камдык көчүрмөлөр)
ru.DeleteDataConfirm=Удалить все данные MSU Desktop без возможности восстановления? Сначала сохраните резервную копию на флешку.
ky.DeleteDataConfirm=MSU Desktop программасынын бардык маалыматтарын кайтарылгыс өчүрөсүзбү? Адегенде камдык көчүрмөнү флешкага сактаңыз.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade in place replaces the whole program folder (never the data folder)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\MSU Desktop"; Filename: "{app}\msu-desktop.exe"
Name: "{userdesktop}\MSU Desktop"; Filename: "{app}\msu-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\msu-desktop.exe"; Description: "{cm:LaunchProgram,MSU Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteDataCheck: TNewCheckBox;

procedure InitializeUninstallProgressForm();
begin
  DeleteDataCheck := TNewCheckBox.Create(UninstallProgressForm);
  DeleteDataCheck.Parent := UninstallProgressForm.InnerPage;
  DeleteDataCheck.Caption := CustomMessage('DeleteData');
  DeleteDataCheck.Left := ScaleX(0);
  DeleteDataCheck.Top := UninstallProgressForm.StatusLabel.Top + ScaleY(60);
  DeleteDataCheck.Width := UninstallProgressForm.InnerPage.Width;
  DeleteDataCheck.Checked := False;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and (DeleteDataCheck <> nil) and DeleteDataCheck.Checked then
  begin
    DataDir := ExpandConstant('{localappdata}\MSU\MSU Desktop');
    if MsgBox(CustomMessage('DeleteDataConfirm'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir, True, True, True);
  end;
end;
