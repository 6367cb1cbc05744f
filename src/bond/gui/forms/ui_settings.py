# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText

class Ui_Settings(object):
    def setupUi(self, Settings):
        if not Settings.objectName():
            Settings.setObjectName(u"Settings")
        Settings.resize(760, 560)
        self.settingsOuter = QVBoxLayout(Settings)
        self.settingsOuter.setObjectName(u"settingsOuter")
        self.settingsOuter.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(Settings)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.settingsLayout = QVBoxLayout(self.scrollContents)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.settingsLayout.addWidget(self.titleLabel)

        self.appearanceBox = QGroupBox(self.scrollContents)
        self.appearanceBox.setObjectName(u"appearanceBox")
        self.appearanceForm = QFormLayout(self.appearanceBox)
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.appearanceForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.themeLabel = QLabel(self.appearanceBox)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.appearanceBox)
        self.themeCombo.setObjectName(u"themeCombo")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.textSizeLabel = QLabel(self.appearanceBox)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeSpin = QSpinBox(self.appearanceBox)
        self.textSizeSpin.setObjectName(u"textSizeSpin")
        self.textSizeSpin.setSuffix(u"%")
        self.textSizeSpin.setMinimum(100)
        self.textSizeSpin.setMaximum(200)
        self.textSizeSpin.setSingleStep(10)
        self.textSizeSpin.setValue(100)

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textSizeSpin)

        self.idleLabel = QLabel(self.appearanceBox)
        self.idleLabel.setObjectName(u"idleLabel")

        self.appearanceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.appearanceBox)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(0)
        self.idleSpin.setMaximum(120)
        self.idleSpin.setValue(5)

        self.appearanceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.motionColumn = QVBoxLayout()
        self.motionColumn.setObjectName(u"motionColumn")
        self.reducedMotionCheck = QCheckBox(self.appearanceBox)
        self.reducedMotionCheck.setObjectName(u"reducedMotionCheck")

        self.motionColumn.addWidget(self.reducedMotionCheck)

        self.motionHint = BodyText(self.appearanceBox)
        self.motionHint.setObjectName(u"motionHint")
        self.motionHint.setWordWrap(True)
        self.motionHint.setProperty(u"role", u"hint")

        self.motionColumn.addWidget(self.motionHint)


        self.appearanceForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.motionColumn)

        self.languageLabel = QLabel(self.appearanceBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appearanceBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appearanceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = BodyText(self.appearanceBox)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"role", u"hint")

        self.appearanceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageHint)


        self.settingsLayout.addWidget(self.appearanceBox)

        self.remindersBox = QGroupBox(self.scrollContents)
        self.remindersBox.setObjectName(u"remindersBox")
        self.remindersLayout = QGridLayout(self.remindersBox)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.checkInCheck = QCheckBox(self.remindersBox)
        self.checkInCheck.setObjectName(u"checkInCheck")

        self.remindersLayout.addWidget(self.checkInCheck, 0, 0, 1, 3)

        self.weekdayLabel = QLabel(self.remindersBox)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.remindersLayout.addWidget(self.weekdayLabel, 1, 0, 1, 1)

        self.weekdayCombo = QComboBox(self.remindersBox)
        self.weekdayCombo.setObjectName(u"weekdayCombo")

        self.remindersLayout.addWidget(self.weekdayCombo, 1, 1, 1, 1)

        self.checkInTime = QTimeEdit(self.remindersBox)
        self.checkInTime.setObjectName(u"checkInTime")
        self.checkInTime.setDisplayFormat(u"HH:mm")

        self.remindersLayout.addWidget(self.checkInTime, 1, 2, 1, 1)

        self.practiceCheck = QCheckBox(self.remindersBox)
        self.practiceCheck.setObjectName(u"practiceCheck")

        self.remindersLayout.addWidget(self.practiceCheck, 2, 0, 1, 3)

        self.practiceLabel = QLabel(self.remindersBox)
        self.practiceLabel.setObjectName(u"practiceLabel")

        self.remindersLayout.addWidget(self.practiceLabel, 3, 0, 1, 1)

        self.practiceTime = QTimeEdit(self.remindersBox)
        self.practiceTime.setObjectName(u"practiceTime")
        self.practiceTime.setDisplayFormat(u"HH:mm")

        self.remindersLayout.addWidget(self.practiceTime, 3, 1, 1, 1)

        self.autostartCheck = QCheckBox(self.remindersBox)
        self.autostartCheck.setObjectName(u"autostartCheck")

        self.remindersLayout.addWidget(self.autostartCheck, 4, 0, 1, 3)

        self.remindersHint = BodyText(self.remindersBox)
        self.remindersHint.setObjectName(u"remindersHint")
        self.remindersHint.setWordWrap(True)
        self.remindersHint.setProperty(u"role", u"hint")

        self.remindersLayout.addWidget(self.remindersHint, 5, 0, 1, 3)


        self.settingsLayout.addWidget(self.remindersBox)

        self.peopleBox = QGroupBox(self.scrollContents)
        self.peopleBox.setObjectName(u"peopleBox")
        self.peopleLayout = QVBoxLayout(self.peopleBox)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleIntro = BodyText(self.peopleBox)
        self.peopleIntro.setObjectName(u"peopleIntro")
        self.peopleIntro.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleIntro)

        self.profileRows = QVBoxLayout()
        self.profileRows.setObjectName(u"profileRows")

        self.peopleLayout.addLayout(self.profileRows)

        self.profilesMessage = BodyText(self.peopleBox)
        self.profilesMessage.setObjectName(u"profilesMessage")
        self.profilesMessage.setWordWrap(True)
        self.profilesMessage.setProperty(u"role", u"hint")

        self.peopleLayout.addWidget(self.profilesMessage)


        self.settingsLayout.addWidget(self.peopleBox)

        self.vaultBox = QGroupBox(self.scrollContents)
        self.vaultBox.setObjectName(u"vaultBox")
        self.vaultLayout = QVBoxLayout(self.vaultBox)
        self.vaultLayout.setObjectName(u"vaultLayout")
        self.vaultLabel = QLabel(self.vaultBox)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setWordWrap(True)
        self.vaultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vaultLayout.addWidget(self.vaultLabel)

        self.custodyRow = QHBoxLayout()
        self.custodyRow.setObjectName(u"custodyRow")
        self.passphraseButton = QPushButton(self.vaultBox)
        self.passphraseButton.setObjectName(u"passphraseButton")

        self.custodyRow.addWidget(self.passphraseButton)

        self.removePassphraseButton = QPushButton(self.vaultBox)
        self.removePassphraseButton.setObjectName(u"removePassphraseButton")

        self.custodyRow.addWidget(self.removePassphraseButton)

        self.keyringButton = QPushButton(self.vaultBox)
        self.keyringButton.setObjectName(u"keyringButton")

        self.custodyRow.addWidget(self.keyringButton)

        self.custodySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.custodyRow.addItem(self.custodySpacer)


        self.vaultLayout.addLayout(self.custodyRow)

        self.custodyMessage = BodyText(self.vaultBox)
        self.custodyMessage.setObjectName(u"custodyMessage")
        self.custodyMessage.setWordWrap(True)

        self.vaultLayout.addWidget(self.custodyMessage)


        self.settingsLayout.addWidget(self.vaultBox)

        self.dataBox = QGroupBox(self.scrollContents)
        self.dataBox.setObjectName(u"dataBox")
        self.dataLayout = QVBoxLayout(self.dataBox)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataWarning = BodyText(self.dataBox)
        self.dataWarning.setObjectName(u"dataWarning")
        self.dataWarning.setWordWrap(True)
        self.dataWarning.setProperty(u"role", u"note")

        self.dataLayout.addWidget(self.dataWarning)

        self.privateCheck = QCheckBox(self.dataBox)
        self.privateCheck.setObjectName(u"privateCheck")

        self.dataLayout.addWidget(self.privateCheck)

        self.privateHint = BodyText(self.dataBox)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setWordWrap(True)
        self.privateHint.setProperty(u"role", u"hint")

        self.dataLayout.addWidget(self.privateHint)

        self.dataButtons = QGridLayout()
        self.dataButtons.setObjectName(u"dataButtons")
        self.exportJsonButton = QPushButton(self.dataBox)
        self.exportJsonButton.setObjectName(u"exportJsonButton")

        self.dataButtons.addWidget(self.exportJsonButton, 0, 0, 1, 1)

        self.exportPdfButton = QPushButton(self.dataBox)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.dataButtons.addWidget(self.exportPdfButton, 1, 0, 1, 1)

        self.backupButton = QPushButton(self.dataBox)
        self.backupButton.setObjectName(u"backupButton")

        self.dataButtons.addWidget(self.backupButton, 2, 0, 1, 1)

        self.restoreButton = QPushButton(self.dataBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.dataButtons.addWidget(self.restoreButton, 3, 0, 1, 1)

        self.importButton = QPushButton(self.dataBox)
        self.importButton.setObjectName(u"importButton")

        self.dataButtons.addWidget(self.importButton, 4, 0, 1, 1)

        self.dataButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataButtons.addItem(self.dataButtonsSpacer, 0, 1, 1, 1)

        self.dataButtons.setColumnStretch(1, 1)

        self.dataLayout.addLayout(self.dataButtons)

        self.dataMessage = BodyText(self.dataBox)
        self.dataMessage.setObjectName(u"dataMessage")
        self.dataMessage.setWordWrap(True)

        self.dataLayout.addWidget(self.dataMessage)


        self.settingsLayout.addWidget(self.dataBox)

        self.settingsButtons = QHBoxLayout()
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.backButton = QPushButton(self.scrollContents)
        self.backButton.setObjectName(u"backButton")

        self.settingsButtons.addWidget(self.backButton)

        self.settingsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtons.addItem(self.settingsSpacer)


        self.settingsLayout.addLayout(self.settingsButtons)

        self.settingsBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsBottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.settingsOuter.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.themeLabel.setBuddy(self.themeCombo)
        self.textSizeLabel.setBuddy(self.textSizeSpin)
        self.idleLabel.setBuddy(self.idleSpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.weekdayLabel.setBuddy(self.weekdayCombo)
        self.practiceLabel.setBuddy(self.practiceTime)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Settings)

        QMetaObject.connectSlotsByName(Settings)
    # setupUi

    def retranslateUi(self, Settings):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("Settings", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("Settings", u"Settings", None))
        self.appearanceBox.setTitle(QCoreApplication.translate("Settings", u"Appearance", None))
        self.themeLabel.setText(QCoreApplication.translate("Settings", u"&Theme", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("Settings", u"Theme", None))
#endif // QT_CONFIG(accessibility)
        self.textSizeLabel.setText(QCoreApplication.translate("Settings", u"Text si&ze", None))
#if QT_CONFIG(accessibility)
        self.textSizeSpin.setAccessibleName(QCoreApplication.translate("Settings", u"Text size in percent", None))
#endif // QT_CONFIG(accessibility)
        self.idleLabel.setText(QCoreApplication.translate("Settings", u"Lo&ck after", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("Settings", u"Lock after this many minutes without use; 0 means never", None))
#endif // QT_CONFIG(accessibility)
        self.idleSpin.setSpecialValueText(QCoreApplication.translate("Settings", u"Never", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("Settings", u" min", None))
        self.reducedMotionCheck.setText(QCoreApplication.translate("Settings", u"Reduce &motion", None))
#if QT_CONFIG(accessibility)
        self.reducedMotionCheck.setAccessibleName(QCoreApplication.translate("Settings", u"Reduce motion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reducedMotionCheck.setAccessibleDescription(QCoreApplication.translate("Settings", u"The breathing guide stays still and counts in words.", None))
#endif // QT_CONFIG(accessibility)
        self.motionHint.setText(QCoreApplication.translate("Settings", u"The breathing guide stays still and counts in words.", None))
        self.languageLabel.setText(QCoreApplication.translate("Settings", u"Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("Settings", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(QCoreApplication.translate("Settings", u"A new language shows the next time Bond starts.", None))
        self.remindersBox.setTitle(QCoreApplication.translate("Settings", u"Reminders", None))
        self.checkInCheck.setText(QCoreApplication.translate("Settings", u"Remind us of our &weekly check-in", None))
        self.weekdayLabel.setText(QCoreApplication.translate("Settings", u"On", None))
#if QT_CONFIG(accessibility)
        self.weekdayCombo.setAccessibleName(QCoreApplication.translate("Settings", u"Day of the weekly check-in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkInTime.setAccessibleName(QCoreApplication.translate("Settings", u"Time of the weekly check-in", None))
#endif // QT_CONFIG(accessibility)
        self.practiceCheck.setText(QCoreApplication.translate("Settings", u"A ge&ntle daily reminder to practise", None))
        self.practiceLabel.setText(QCoreApplication.translate("Settings", u"At", None))
#if QT_CONFIG(accessibility)
        self.practiceTime.setAccessibleName(QCoreApplication.translate("Settings", u"Time of the daily practice reminder", None))
#endif // QT_CONFIG(accessibility)
        self.autostartCheck.setText(QCoreApplication.translate("Settings", u"Start Bond when I log &in (it opens locked)", None))
        self.remindersHint.setText(QCoreApplication.translate("Settings", u"Reminders show inside Bond and as a notification while Bond is running. They only ever say \"Time for your check-in\" or \"A moment to practise\", never anything you wrote.", None))
        self.peopleBox.setTitle(QCoreApplication.translate("Settings", u"People and PINs", None))
        self.peopleIntro.setText(QCoreApplication.translate("Settings", u"Each person's private answers and boundary list are sealed to them. A PIN keeps them from anyone else using Bond on this computer.", None))
#if QT_CONFIG(accessibility)
        self.profilesMessage.setAccessibleName(QCoreApplication.translate("Settings", u"People and PINs message", None))
#endif // QT_CONFIG(accessibility)
        self.vaultBox.setTitle(QCoreApplication.translate("Settings", u"Your vault", None))
        self.passphraseButton.setText(QCoreApplication.translate("Settings", u"Set a passphrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.passphraseButton.setAccessibleName(QCoreApplication.translate("Settings", u"Set or change the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.removePassphraseButton.setText(QCoreApplication.translate("Settings", u"Remove the pass&phrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.removePassphraseButton.setAccessibleName(QCoreApplication.translate("Settings", u"Remove the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.keyringButton.setText(QCoreApplication.translate("Settings", u"Keep the key in the &keyring", None))
#if QT_CONFIG(accessibility)
        self.keyringButton.setAccessibleName(QCoreApplication.translate("Settings", u"Keep or remove the key in the keyring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.custodyMessage.setAccessibleName(QCoreApplication.translate("Settings", u"Vault protection message", None))
#endif // QT_CONFIG(accessibility)
        self.dataBox.setTitle(QCoreApplication.translate("Settings", u"Your data", None))
        self.dataWarning.setText(QCoreApplication.translate("Settings", u"A JSON or PDF file is not encrypted: anyone who opens it can read it. Keep it somewhere only you can reach, and delete it when you no longer need it. A backup stays encrypted.", None))
        self.privateCheck.setText(QCoreApplication.translate("Settings", u"Include private answers", None))
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleDescription(QCoreApplication.translate("Settings", u"Answers kept with a PIN are included only after that PIN is given.", None))
#endif // QT_CONFIG(accessibility)
        self.privateHint.setText(QCoreApplication.translate("Settings", u"Answers kept with a PIN are included only after that PIN is given.", None))
        self.exportJsonButton.setText(QCoreApplication.translate("Settings", u"Export everything as &JSON\u2026", None))
        self.exportPdfButton.setText(QCoreApplication.translate("Settings", u"Save a PDF &summary\u2026", None))
        self.backupButton.setText(QCoreApplication.translate("Settings", u"Make an encr&ypted backup\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("Settings", u"&Restore from a backup\u2026", None))
        self.importButton.setText(QCoreApplication.translate("Settings", u"Import &a JSON export\u2026", None))
#if QT_CONFIG(accessibility)
        self.dataMessage.setAccessibleName(QCoreApplication.translate("Settings", u"Your data message", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("Settings", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("Settings", u"Back", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

