# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from bond.gui.design.body_text import BodyText

class Ui_Unlock(object):
    def setupUi(self, Unlock):
        if not Unlock.objectName():
            Unlock.setObjectName(u"Unlock")
        Unlock.resize(640, 420)
        self.unlockLayout = QVBoxLayout(Unlock)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.titleLabel = QLabel(Unlock)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")
        self.titleLabel.setWordWrap(True)

        self.unlockLayout.addWidget(self.titleLabel)

        self.introLabel = BodyText(Unlock)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.unlockLayout.addWidget(self.introLabel)

        self.passphraseLabel = QLabel(Unlock)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.unlockLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(Unlock)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.unlockLayout.addWidget(self.passphraseEdit)

        self.errorLabel = BodyText(Unlock)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.unlockLayout.addWidget(self.errorLabel)

        self.unlockButtons = QHBoxLayout()
        self.unlockButtons.setObjectName(u"unlockButtons")
        self.unlockButton = QPushButton(Unlock)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockButtons.addWidget(self.unlockButton)

        self.unlockSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockButtons.addItem(self.unlockSpacer)

        self.temporaryButton = QPushButton(Unlock)
        self.temporaryButton.setObjectName(u"temporaryButton")

        self.unlockButtons.addWidget(self.temporaryButton)


        self.unlockLayout.addLayout(self.unlockButtons)

        self.hintLabel = BodyText(Unlock)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.unlockLayout.addWidget(self.hintLabel)

        self.unlockBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unlockLayout.addItem(self.unlockBottomSpacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Unlock)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(Unlock)
    # setupUi

    def retranslateUi(self, Unlock):
        self.titleLabel.setText(QCoreApplication.translate("Unlock", u"Welcome back", None))
        self.introLabel.setText(QCoreApplication.translate("Unlock", u"Your vault is locked. Type your passphrase to open it.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("Unlock", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("Unlock", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("Unlock", u"Unlock problem", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("Unlock", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("Unlock", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.temporaryButton.setText(QCoreApplication.translate("Unlock", u"Use a &temporary session instead", None))
#if QT_CONFIG(accessibility)
        self.temporaryButton.setAccessibleName(QCoreApplication.translate("Unlock", u"Use a temporary session instead", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.temporaryButton.setAccessibleDescription(QCoreApplication.translate("Unlock", u"Nothing will be saved, and your vault stays locked", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("Unlock", u"Bond cannot recover a forgotten passphrase: it is the only way into the vault. A wrong try changes nothing.", None))
        pass
    # retranslateUi

