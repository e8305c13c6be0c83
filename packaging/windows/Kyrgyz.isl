; Kyrgyz messages for the MSU Desktop installer, layered over Inno Setup's Russian.isl
; (MessagesFile: "compiler:Languages\Russian.isl,Kyrgyz.isl"): every message a user reads on the
; usual install and uninstall pages is in Kyrgyz; rarer error messages fall back to Russian,
; which every Kyrgyz-speaking office also reads. Written for this project.

[LangOptions]
LanguageName=Кыргызча
LanguageID=$0440
LanguageCodePage=0

[Messages]
SetupAppTitle=Орнотуу
SetupWindowTitle=Орнотуу — %1
UninstallAppTitle=Өчүрүү
UninstallAppFullTitle=%1 өчүрүү
ConfirmTitle=Ырастоо
ButtonBack=< &Артка
ButtonNext=&Кийинки >
ButtonInstall=&Орнотуу
ButtonOK=ОК
ButtonCancel=Жокко чыгаруу
ButtonYes=&Ооба
ButtonYesToAll=Баарына &ооба
ButtonNo=&Жок
ButtonNoToAll=Баарына ж&ок
ButtonFinish=&Бүтүрүү
ButtonBrowse=&Карап чыгуу...
ButtonWizardBrowse=К&арап чыгуу...
ButtonNewFolder=&Жаңы папка
SelectLanguageTitle=Орнотуу тилин тандаңыз
SelectLanguageLabel=Орнотуу учурунда колдонула турган тилди тандаңыз.
ExitSetupTitle=Орнотуудан чыгуу
ExitSetupMessage=Орнотуу аягына чыккан жок. Азыр чыксаңыз, программа орнотулбайт.%n%nОрнотууну кийин кайра иштетсеңиз болот.%n%nОрнотуудан чыгасызбы?
WelcomeLabel1=[name] орнотуу устасына кош келиңиз
WelcomeLabel2=Бул программа компьютериңизге [name/ver] орнотот.%n%nУлантуудан мурун башка программаларды жабуу сунушталат.
WizardSelectDir=Орнотуу папкасын тандаңыз
SelectDirDesc=[name] кайда орнотулсун?
SelectDirLabel3=Орнотуу [name] программасын төмөнкү папкага орнотот.
SelectDirBrowseLabel=Улантуу үчүн «Кийинки» баскычын басыңыз. Башка папка тандоо үчүн «Карап чыгуу» баскычын басыңыз.
WizardSelectTasks=Кошумча тапшырмаларды тандаңыз
SelectTasksDesc=Кандай кошумча тапшырмалар аткарылсын?
SelectTasksLabel2=[name] орнотуу учурунда аткарыла турган кошумча тапшырмаларды тандап, «Кийинки» баскычын басыңыз.
WizardReady=Орнотууга даяр
ReadyLabel1=Орнотуу [name] программасын компьютериңизге орнотууга даяр.
ReadyLabel2a=Орнотууну улантуу үчүн «Орнотуу» баскычын басыңыз, же жөндөөлөрдү текшерүү үчүн «Артка» баскычын басыңыз.
ReadyLabel2b=Орнотууну улантуу үчүн «Орнотуу» баскычын басыңыз.
WizardInstalling=Орнотулууда
InstallingLabel=[name] компьютериңизге орнотулуп жатат, күтө туруңуз.
FinishedHeadingLabel=[name] орнотуу устасынын иши аяктады
FinishedLabelNoIcons=[name] программасы компьютериңизге орнотулду.
FinishedLabel=[name] программасы компьютериңизге орнотулду. Аны белгилер аркылуу ачсаңыз болот.
ClickFinish=Орнотуудан чыгуу үчүн «Бүтүрүү» баскычын басыңыз.
StatusExtractFiles=Файлдар чыгарылууда...
StatusCreateIcons=Белгилер түзүлүүдө...
StatusUninstalling=%1 өчүрүлүүдө...
ConfirmUninstall=%1 программасын жана анын бардык компоненттерин өчүрөсүзбү? Маалыматтарыңыз (база, тиркемелер, камдык көчүрмөлөр) сакталып калат.
UninstallStatusLabel=%1 компьютериңизден өчүрүлүп жатат, күтө туруңуз.
UninstalledAll=%1 компьютериңизден ийгиликтүү өчүрүлдү.
WizardUninstalling=Өчүрүүнүн абалы
AdminPrivilegesRequired=Бул программаны орнотуу үчүн администратордун укуктары керек.
DiskSpaceWarningTitle=Дискте орун жетишсиз
DiskSpaceWarning=Орнотуу үчүн кеминде %1 КБ бош орун керек, бирок тандалган дискте %2 КБ гана бар.%n%nБаары бир улантасызбы?
