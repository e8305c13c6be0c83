<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Kyrgyz for the few strings of Qt itself that the app shows (standard buttons, the wizard's
     buttons, the text fields' context menu). Qt ships no Kyrgyz catalogue; this one is loaded
     after qtbase_ru, so anything not listed here falls back to Russian. Hand-kept: the
     contexts and source texts are Qt 6.10's (tests/test_translations.py checks them). -->
<TS version="2.1" language="ky_KG">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабуу</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ооба</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Жок</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Колдонуу</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачуу</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Таштоо</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Жардам</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Демейки маанилер</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Токтотуу</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Кайталоо</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Көңүл бурбоо</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Баарын сактоо</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Толугураак көрсөтүү…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Толугураак маалыматты жашыруу…</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Бүтүрүү</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Ырастоо</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Жардам</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Жардам</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Артка</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Улантуу</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Даяр</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Кесүү</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Коюу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Баарын тандоо</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Шилтеменин дарегин &amp;көчүрүү</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Кесүү</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Коюу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Баарын тандоо</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Шилтеменин дарегин &amp;көчүрүү</translation>
    </message>
  </context>
</TS>
