"""First-start set-up of the municipality, and editing it later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain.municipality import Municipality
from msu_desktop.errors import UserError
from msu_desktop.gui.forms.ui_municipality_dialog import Ui_MunicipalityDialog
from msu_desktop.services.workspace import Workspace

LANGUAGES = (("ky", "Кыргызча"), ("ru", "Русский"))


class MunicipalityDialog(QDialog):
    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        from msu_desktop import i18n

        super().__init__(parent)
        self.ws = ws
        self.lang = lang or i18n.language()
        self.ui = Ui_MunicipalityDialog()
        self.ui.setupUi(self)
        self._add_language_choice()
        self.ui.kindCombo.addItem(self.tr("Aiyl okmotu"), "aiyl_okmotu")
        self.ui.kindCombo.addItem(self.tr("City"), "city")
        current = ws.municipality()
        if current:
            self.ui.soateEdit.setText(current.soate)
            self.ui.nameKyEdit.setText(current.name_ky)
            self.ui.nameRuEdit.setText(current.name_ru)
            self.ui.rayonEdit.setText(current.rayon)
            self.ui.oblastEdit.setText(current.oblast)
            self.ui.headEdit.setText(current.head_name)
            self.ui.secretaryEdit.setText(current.secretary_name)
            self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(current.kind)))
        self._attach_directory()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _add_language_choice(self) -> None:
        """The first start asks in the language the computer suggests, and lets her switch:
        the dialog changes language at once, and the window opens in the one chosen."""
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES:  # each language named in itself: never translated
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.lang)))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.switch_language(self.language_combo.currentData())
        )
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)
        self.language_label.setText(self.tr("Language:"))

    def switch_language(self, lang: str) -> None:
        from PySide6.QtWidgets import QApplication

        from msu_desktop.gui.i18n_qt import install_translators

        if lang == self.lang:
            return
        self.lang = lang
        app = QApplication.instance()
        if app is not None:
            install_translators(app, lang)
        self.ui.retranslateUi(self)
        self.language_label.setText(self.tr("Language:"))
        self.ui.kindCombo.setItemText(0, self.tr("Aiyl okmotu"))
        self.ui.kindCombo.setItemText(1, self.tr("City"))

    def _attach_directory(self) -> None:
        """Typing a name offers the municipalities of the directory; choosing one fills the code,
        rayon and oblast (the directory comes from the agency: ``directory import`` or a plan
        package)."""
        from PySide6.QtCore import QStringListModel, Qt
        from PySide6.QtWidgets import QCompleter

        from msu_desktop.services import directory

        entries = directory.current(directory.load(self.ws))
        # offered as "name — rayon, oblast" (several aiyl aimaks share a name); the bare name
        # is looked up too
        labels = {self.entry_label(e): e for e in entries}
        self.directory = {**{e.name_ru: e for e in entries}, **labels}
        if not self.directory:
            return
        completer = QCompleter(QStringListModel(sorted(labels), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.nameRuEdit.setCompleter(completer)
        completer.activated.connect(self.fill_from_directory)

    @staticmethod
    def entry_label(e: object) -> str:
        from msu_desktop.services.directory import Entry

        assert isinstance(e, Entry)
        where = ", ".join(p for p in (e.rayon, e.oblast) if p)
        return f"{e.name_ru} — {where}" if where else e.name_ru

    def fill_from_directory(self, name: str) -> None:
        entry = self.directory.get(name)
        if entry is None:
            return
        self.ui.nameRuEdit.setText(entry.name_ru)
        if entry.name_ky:
            self.ui.nameKyEdit.setText(entry.name_ky)
        self.ui.soateEdit.setText(entry.soate)
        self.ui.rayonEdit.setText(entry.rayon)
        self.ui.oblastEdit.setText(entry.oblast)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(entry.kind)))

    def municipality(self) -> Municipality:
        return Municipality(
            soate=self.ui.soateEdit.text().strip(),
            name_ky=self.ui.nameKyEdit.text(),
            name_ru=self.ui.nameRuEdit.text(),
            rayon=self.ui.rayonEdit.text(),
            oblast=self.ui.oblastEdit.text(),
            kind=self.ui.kindCombo.currentData() or "aiyl_okmotu",
            head_name=self.ui.headEdit.text(),
            secretary_name=self.ui.secretaryEdit.text(),
        )

    def _save(self) -> None:
        from msu_desktop.services import settings

        try:
            self.ws.save_municipality(self.municipality())
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        settings.LANGUAGE.set(self.ws, self.lang)
        self.accept()
