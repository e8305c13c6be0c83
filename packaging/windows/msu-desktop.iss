; Inno Setup 6 script for MSU Desktop: a per-user install without administrator rights.
; Built by packaging/build.py on Windows:  iscc /DAppVersion=X.Y.Z /DSourceDir=...\msu-desktop msu-desktop.iss
; and on Linux under wine by packaging/windows/wine_build.py (the same script, the same defines).
; The user's data (database, attachments, keys, backups) lives in %LOCALAPPDATA%\MSU\MSU Desktop,
; never in {app}: upgrading in place replaces only the program, and uninstalling keeps the data
; unless the user answers "Yes" to "Also delete your data?" (default "No") before it starts.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Compression
  ; the release; the installer cycle's throw-away upgrade build passes /DCompression=lzma2/fast
  #define Compression "lzma2/ultra64"
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
; Qt 6 supports Windows 10 1809 (build 17763) and later
MinVersion=10.0.17763
Compression={#Compression}
; the LZMA compressor in a process of its own: inside the compiler's it runs out of memory
LZMAUseSeparateProcess=yes
SolidCompression=yes
WizardStyle=modern
OutputBaseFilename=msu-desktop-setup-{#AppVersion}
UninstallDisplayIcon={app}\msu-desktop.exe
CloseApplications=yes
; created by the running program (gui/app.py): an upgrade or uninstall asks to close it first
AppMutex=MSUDesktop.Running
RestartApplications=no
ShowLanguageDialog=yes

[Languages]
; Inno Setup ships Russian; Kyrgyz.isl overrides the messages a user reads on top of it.
Name: "ky"; MessagesFile: "compiler:Languages\Russian.isl,Kyrgyz.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
ru.DesktopIcon=Создать значок на рабочем столе
ky.DesktopIcon=Иш тактасына белги түзүү
ru.DeleteDataAsk=Удалить также ваши данные MSU Desktop (база данных, вложения, ключи, резервные копии)?%n%nОтветьте «Нет», чтобы сохранить их: новая установка программы найдёт их снова. Если ответите «Да», данные будут удалены без возможности восстановления — сначала сохраните резервную копию на флешку.
ky.DeleteDataAsk=MSU Desktop программасынын маалыматтарын да өчүрөсүзбү (маалыматтар базасы, тиркемелер, ачкычтар, камдык көчүрмөлөр)?%n%nСактап калуу үчүн «Жок» деп жооп бериңиз: программаны кайра орнотсоңуз, алар табылат. «Ооба» десеңиз, маалыматтар кайтарылгыс өчүрүлөт — адегенде камдык көчүрмөнү флешкага сактаңыз.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade in place replaces the whole program folder (never the data folder)
Type: filesandordirs; Name: "{app}\_internal"
; an install killed halfway (a power cut) leaves Setup's temporary files in the program folder;
; the re-run clears them, so they are never left behind after an uninstall
Type: files; Name: "{app}\is-*.tmp"

[UninstallDelete]
; the same leftovers of an install interrupted before this version cleared them
Type: files; Name: "{app}\is-*.tmp"

[Icons]
Name: "{group}\MSU Desktop"; Filename: "{app}\msu-desktop.exe"
Name: "{userdesktop}\MSU Desktop"; Filename: "{app}\msu-desktop.exe"; Tasks: desktopicon

[Registry]
; the language chosen here, for the program's messages before it can read its own setting
; (msu_desktop/i18n.py, installer_language); removed with the program
Root: HKCU; Subkey: "Software\MSU\MSU Desktop"; ValueType: string; ValueName: "Language"; ValueData: "{language}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\MSU\MSU Desktop"; Flags: uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\MSU"; Flags: uninsdeletekeyifempty

[Run]
Filename: "{app}\msu-desktop.exe"; Description: "{cm:LaunchProgram,MSU Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteData: Boolean;

{ Asked once, before anything is removed, with "No" as the default answer: the data of years
  of reports is kept unless the user says otherwise. A silent uninstall keeps it too, unless
  it is given /DELETEDATA (an administrator clearing a PC on purpose). }
function HasParam(Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteData := HasParam('/DELETEDATA');
  if not UninstallSilent() then
    DeleteData := MsgBox(CustomMessage('DeleteDataAsk'), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteData then
    DelTree(ExpandConstant('{localappdata}\MSU\MSU Desktop'), True, True, True);
end;
