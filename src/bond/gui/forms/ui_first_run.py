# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText
from bond.gui.widgets.wrap_buttons import (WrapCheckBox, WrapRadioButton)

class Ui_FirstRun(object):
    def setupUi(self, FirstRun):
        if not FirstRun.objectName():
            FirstRun.setObjectName(u"FirstRun")
        FirstRun.resize(760, 560)
        self.outerLayout = QVBoxLayout(FirstRun)
        self.outerLayout.setObjectName(u"outerLayout")
        self.stepLabel = QLabel(FirstRun)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"1 / 5")
        self.stepLabel.setProperty(u"role", u"hint")

        self.outerLayout.addWidget(self.stepLabel)

        self.scrollArea = QScrollArea(FirstRun)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.steps = QStackedWidget(self.scrollContents)
        self.steps.setObjectName(u"steps")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeTitle = QLabel(self.welcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        self.welcomeTitle.setProperty(u"role", u"title")
        self.welcomeTitle.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeTitle)

        self.welcomeText = BodyText(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setTextFormat(Qt.TextFormat.RichText)
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        self.steps.addWidget(self.welcomePage)
        self.safetyPage = QWidget()
        self.safetyPage.setObjectName(u"safetyPage")
        self.safetyLayout = QVBoxLayout(self.safetyPage)
        self.safetyLayout.setObjectName(u"safetyLayout")
        self.safetyTitle = QLabel(self.safetyPage)
        self.safetyTitle.setObjectName(u"safetyTitle")
        self.safetyTitle.setProperty(u"role", u"title")
        self.safetyTitle.setWordWrap(True)

        self.safetyLayout.addWidget(self.safetyTitle)

        self.safetyText = BodyText(self.safetyPage)
        self.safetyText.setObjectName(u"safetyText")
        self.safetyText.setTextFormat(Qt.TextFormat.RichText)
        self.safetyText.setWordWrap(True)

        self.safetyLayout.addWidget(self.safetyText)

        self.safetySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.safetyLayout.addItem(self.safetySpacer)

        self.steps.addWidget(self.safetyPage)
        self.whoPage = QWidget()
        self.whoPage.setObjectName(u"whoPage")
        self.whoLayout = QVBoxLayout(self.whoPage)
        self.whoLayout.setObjectName(u"whoLayout")
        self.whoTitle = QLabel(self.whoPage)
        self.whoTitle.setObjectName(u"whoTitle")
        self.whoTitle.setProperty(u"role", u"title")
        self.whoTitle.setWordWrap(True)

        self.whoLayout.addWidget(self.whoTitle)

        self.soloRadio = QRadioButton(self.whoPage)
        self.soloRadio.setObjectName(u"soloRadio")
        self.soloRadio.setChecked(True)

        self.whoLayout.addWidget(self.soloRadio)

        self.coupleRadio = QRadioButton(self.whoPage)
        self.coupleRadio.setObjectName(u"coupleRadio")

        self.whoLayout.addWidget(self.coupleRadio)

        self.whoHint = BodyText(self.whoPage)
        self.whoHint.setObjectName(u"whoHint")
        self.whoHint.setWordWrap(True)
        self.whoHint.setProperty(u"role", u"hint")

        self.whoLayout.addWidget(self.whoHint)

        self.whoSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.whoLayout.addItem(self.whoSpacer)

        self.steps.addWidget(self.whoPage)
        self.namesPage = QWidget()
        self.namesPage.setObjectName(u"namesPage")
        self.namesLayout = QVBoxLayout(self.namesPage)
        self.namesLayout.setObjectName(u"namesLayout")
        self.namesTitle = QLabel(self.namesPage)
        self.namesTitle.setObjectName(u"namesTitle")
        self.namesTitle.setProperty(u"role", u"title")
        self.namesTitle.setWordWrap(True)

        self.namesLayout.addWidget(self.namesTitle)

        self.nameLabel1 = QLabel(self.namesPage)
        self.nameLabel1.setObjectName(u"nameLabel1")

        self.namesLayout.addWidget(self.nameLabel1)

        self.nameEdit1 = QLineEdit(self.namesPage)
        self.nameEdit1.setObjectName(u"nameEdit1")
        self.nameEdit1.setMaxLength(40)

        self.namesLayout.addWidget(self.nameEdit1)

        self.nameLabel2 = QLabel(self.namesPage)
        self.nameLabel2.setObjectName(u"nameLabel2")

        self.namesLayout.addWidget(self.nameLabel2)

        self.nameEdit2 = QLineEdit(self.namesPage)
        self.nameEdit2.setObjectName(u"nameEdit2")
        self.nameEdit2.setMaxLength(40)

        self.namesLayout.addWidget(self.nameEdit2)

        self.namesHint = BodyText(self.namesPage)
        self.namesHint.setObjectName(u"namesHint")
        self.namesHint.setWordWrap(True)
        self.namesHint.setProperty(u"role", u"hint")

        self.namesLayout.addWidget(self.namesHint)

        self.namesError = BodyText(self.namesPage)
        self.namesError.setObjectName(u"namesError")
        self.namesError.setWordWrap(True)
        self.namesError.setProperty(u"role", u"error")

        self.namesLayout.addWidget(self.namesError)

        self.namesSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.namesLayout.addItem(self.namesSpacer)

        self.steps.addWidget(self.namesPage)
        self.protectPage = QWidget()
        self.protectPage.setObjectName(u"protectPage")
        self.protectLayout = QVBoxLayout(self.protectPage)
        self.protectLayout.setObjectName(u"protectLayout")
        self.protectTitle = QLabel(self.protectPage)
        self.protectTitle.setObjectName(u"protectTitle")
        self.protectTitle.setProperty(u"role", u"title")
        self.protectTitle.setWordWrap(True)

        self.protectLayout.addWidget(self.protectTitle)

        self.protectText = BodyText(self.protectPage)
        self.protectText.setObjectName(u"protectText")
        self.protectText.setWordWrap(True)

        self.protectLayout.addWidget(self.protectText)

        self.keyringRadio = WrapRadioButton(self.protectPage)
        self.keyringRadio.setObjectName(u"keyringRadio")

        self.protectLayout.addWidget(self.keyringRadio)

        self.alsoPassphraseCheck = WrapCheckBox(self.protectPage)
        self.alsoPassphraseCheck.setObjectName(u"alsoPassphraseCheck")

        self.protectLayout.addWidget(self.alsoPassphraseCheck)

        self.passphraseRadio = WrapRadioButton(self.protectPage)
        self.passphraseRadio.setObjectName(u"passphraseRadio")

        self.protectLayout.addWidget(self.passphraseRadio)

        self.temporaryRadio = WrapRadioButton(self.protectPage)
        self.temporaryRadio.setObjectName(u"temporaryRadio")

        self.protectLayout.addWidget(self.temporaryRadio)

        self.keyringNote = BodyText(self.protectPage)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setProperty(u"role", u"hint")

        self.protectLayout.addWidget(self.keyringNote)

        self.passphraseBox = QWidget(self.protectPage)
        self.passphraseBox.setObjectName(u"passphraseBox")
        self.passphraseForm = QFormLayout(self.passphraseBox)
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphraseForm.setContentsMargins(0, 0, 0, 0)
        self.passphraseLabel = QLabel(self.passphraseBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphraseBox)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.passphraseAgainLabel = QLabel(self.passphraseBox)
        self.passphraseAgainLabel.setObjectName(u"passphraseAgainLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseAgainLabel)

        self.passphraseAgainEdit = QLineEdit(self.passphraseBox)
        self.passphraseAgainEdit.setObjectName(u"passphraseAgainEdit")
        self.passphraseAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseAgainEdit)

        self.passphraseHint = BodyText(self.passphraseBox)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setWordWrap(True)
        self.passphraseHint.setProperty(u"role", u"hint")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseHint)


        self.protectLayout.addWidget(self.passphraseBox)

        self.protectError = BodyText(self.protectPage)
        self.protectError.setObjectName(u"protectError")
        self.protectError.setWordWrap(True)
        self.protectError.setProperty(u"role", u"error")

        self.protectLayout.addWidget(self.protectError)

        self.protectSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.protectLayout.addItem(self.protectSpacer)

        self.steps.addWidget(self.protectPage)

        self.scrollLayout.addWidget(self.steps)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(FirstRun)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.nextButton = QPushButton(FirstRun)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)


        self.outerLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameLabel1.setBuddy(self.nameEdit1)
        self.nameLabel2.setBuddy(self.nameEdit2)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.passphraseAgainLabel.setBuddy(self.passphraseAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.soloRadio, self.coupleRadio)
        QWidget.setTabOrder(self.coupleRadio, self.nameEdit1)
        QWidget.setTabOrder(self.nameEdit1, self.nameEdit2)
        QWidget.setTabOrder(self.nameEdit2, self.keyringRadio)
        QWidget.setTabOrder(self.keyringRadio, self.alsoPassphraseCheck)
        QWidget.setTabOrder(self.alsoPassphraseCheck, self.passphraseRadio)
        QWidget.setTabOrder(self.passphraseRadio, self.temporaryRadio)
        QWidget.setTabOrder(self.temporaryRadio, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.passphraseAgainEdit)
        QWidget.setTabOrder(self.passphraseAgainEdit, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)

        self.retranslateUi(FirstRun)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRun)
    # setupUi

    def retranslateUi(self, FirstRun):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("FirstRun", u"Setting up Bond", None))
#endif // QT_CONFIG(accessibility)
        self.welcomeTitle.setText(QCoreApplication.translate("FirstRun", u"Welcome to Bond", None))
        self.welcomeText.setText(QCoreApplication.translate("FirstRun", u"<p>Bond helps you look after a close relationship: a weekly check-in with your partner, skills you can practise on your own, and calm ways to come back to each other after a hard moment.</p><p>Bond is a practice tool. It is not therapy, and it can't tell whether a relationship is safe. If things feel heavy or stay hard, a counsellor or therapist can help, and <b>Get support now</b> (F1) is always one key away.</p><p>Everything you write stays on this computer, in an encrypted vault. Bond has no account and never goes online.</p>", None))
        self.safetyTitle.setText(QCoreApplication.translate("FirstRun", u"Before you begin", None))
        self.safetyText.setText(QCoreApplication.translate("FirstRun", u"<p>The exercises for two are made for partners who feel safe with each other.</p><p>If you are afraid of your partner, or there is hitting, threats, or one person controlling the other, couples exercises are not the right tool. That is not a shared problem to work on together, and it is not your fault. A domestic abuse service can help you think about what to do, in confidence. You can find them under <b>Get support now</b>.</p><p>Practising on your own is always open to you, whatever your partner decides.</p><p>You can pause or stop anything in Bond at any time, without giving a reason.</p>", None))
        self.whoTitle.setText(QCoreApplication.translate("FirstRun", u"Who will use Bond on this computer?", None))
        self.soloRadio.setText(QCoreApplication.translate("FirstRun", u"&Just me", None))
#if QT_CONFIG(accessibility)
        self.soloRadio.setAccessibleName(QCoreApplication.translate("FirstRun", u"Just me", None))
#endif // QT_CONFIG(accessibility)
        self.coupleRadio.setText(QCoreApplication.translate("FirstRun", u"&The two of us", None))
#if QT_CONFIG(accessibility)
        self.coupleRadio.setAccessibleName(QCoreApplication.translate("FirstRun", u"The two of us", None))
#endif // QT_CONFIG(accessibility)
        self.whoHint.setText(QCoreApplication.translate("FirstRun", u"You can add a partner later. Each of you gets a profile, and some answers can stay private to the person who wrote them.", None))
        self.namesTitle.setText(QCoreApplication.translate("FirstRun", u"What should Bond call you?", None))
        self.nameLabel1.setText(QCoreApplication.translate("FirstRun", u"&Your name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit1.setAccessibleName(QCoreApplication.translate("FirstRun", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel2.setText(QCoreApplication.translate("FirstRun", u"Your &partner's name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit2.setAccessibleName(QCoreApplication.translate("FirstRun", u"Your partner's name", None))
#endif // QT_CONFIG(accessibility)
        self.namesHint.setText(QCoreApplication.translate("FirstRun", u"A first name or a nickname is plenty. Names are kept inside the encrypted vault.", None))
#if QT_CONFIG(accessibility)
        self.namesError.setAccessibleName(QCoreApplication.translate("FirstRun", u"Problem with the names", None))
#endif // QT_CONFIG(accessibility)
        self.protectTitle.setText(QCoreApplication.translate("FirstRun", u"How should Bond lock your vault?", None))
        self.protectText.setText(QCoreApplication.translate("FirstRun", u"Bond encrypts everything you write. The key that opens it can live in this computer's keyring, which unlocks when you log in, or behind a passphrase that you type when Bond starts.", None))
        self.keyringRadio.setText(QCoreApplication.translate("FirstRun", u"Keep the key in this computer's &keyring (recommended)", None))
#if QT_CONFIG(accessibility)
        self.keyringRadio.setAccessibleName(QCoreApplication.translate("FirstRun", u"Keep the key in this computer's keyring", None))
#endif // QT_CONFIG(accessibility)
        self.alsoPassphraseCheck.setText(QCoreApplication.translate("FirstRun", u"&Also set a passphrase, in case the keyring is ever lost", None))
#if QT_CONFIG(accessibility)
        self.alsoPassphraseCheck.setAccessibleName(QCoreApplication.translate("FirstRun", u"Also set a passphrase as a way back in", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseRadio.setText(QCoreApplication.translate("FirstRun", u"&Use a passphrase that I type each time", None))
#if QT_CONFIG(accessibility)
        self.passphraseRadio.setAccessibleName(QCoreApplication.translate("FirstRun", u"Use a passphrase that I type each time", None))
#endif // QT_CONFIG(accessibility)
        self.temporaryRadio.setText(QCoreApplication.translate("FirstRun", u"Temporary &session: nothing will be saved", None))
#if QT_CONFIG(accessibility)
        self.temporaryRadio.setAccessibleName(QCoreApplication.translate("FirstRun", u"Temporary session, nothing will be saved", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRun", u"Passp&hrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRun", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseAgainLabel.setText(QCoreApplication.translate("FirstRun", u"&The same again", None))
#if QT_CONFIG(accessibility)
        self.passphraseAgainEdit.setAccessibleName(QCoreApplication.translate("FirstRun", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseHint.setText(QCoreApplication.translate("FirstRun", u"At least 8 characters; a short sentence is easy to remember and hard to guess. If the passphrase is forgotten, nobody can open the vault, not even Bond.", None))
#if QT_CONFIG(accessibility)
        self.protectError.setAccessibleName(QCoreApplication.translate("FirstRun", u"Problem with the vault protection", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("FirstRun", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("FirstRun", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("FirstRun", u"&Continue", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("FirstRun", u"Continue", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

