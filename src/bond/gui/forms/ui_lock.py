# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from bond.gui.design.body_text import BodyText

class Ui_Lock(object):
    def setupUi(self, Lock):
        if not Lock.objectName():
            Lock.setObjectName(u"Lock")
        Lock.resize(700, 480)
        self.lockLayout = QVBoxLayout(Lock)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockTopSpacer = QSpacerItem(20, 60, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.lockTopSpacer)

        self.titleLabel = QLabel(Lock)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.titleLabel)

        self.hintLabel = BodyText(Lock)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.hintLabel)

        self.passphraseEdit = QLineEdit(Lock)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.lockLayout.addWidget(self.passphraseEdit)

        self.errorLabel = BodyText(Lock)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errorLabel.setProperty(u"role", u"error")

        self.lockLayout.addWidget(self.errorLabel)

        self.lockButtons = QHBoxLayout()
        self.lockButtons.setObjectName(u"lockButtons")
        self.lockLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockButtons.addItem(self.lockLeftSpacer)

        self.unlockButton = QPushButton(Lock)
        self.unlockButton.setObjectName(u"unlockButton")

        self.lockButtons.addWidget(self.unlockButton)

        self.lockRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockButtons.addItem(self.lockRightSpacer)


        self.lockLayout.addLayout(self.lockButtons)

        self.lockBottomSpacer = QSpacerItem(20, 60, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.lockBottomSpacer)


        self.retranslateUi(Lock)

        QMetaObject.connectSlotsByName(Lock)
    # setupUi

    def retranslateUi(self, Lock):
        self.titleLabel.setText(QCoreApplication.translate("Lock", u"Paused", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("Lock", u"Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("Lock", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("Lock", u"Unlock problem", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("Lock", u"&Continue", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("Lock", u"Continue", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

