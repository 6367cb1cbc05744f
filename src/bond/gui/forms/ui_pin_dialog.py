# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PinDialog(object):
    def setupUi(self, PinDialog):
        if not PinDialog.objectName():
            PinDialog.setObjectName(u"PinDialog")
        PinDialog.resize(540, 320)
        PinDialog.setWindowTitle(u"Bond")
        PinDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PinDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(PinDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(PinDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.currentLabel = QLabel(PinDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PinDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.currentEdit.setMaxLength(256)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(PinDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PinDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.newEdit.setMaxLength(256)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.againLabel = QLabel(PinDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(PinDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.againEdit.setMaxLength(256)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.dialogLayout.addLayout(self.form)

        self.noteLabel = QLabel(PinDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.dialogLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(PinDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.pinSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.pinSpacer)

        self.buttonBox = QDialogButtonBox(PinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.againEdit)
        QWidget.setTabOrder(self.againEdit, self.buttonBox)

        self.retranslateUi(PinDialog)

        QMetaObject.connectSlotsByName(PinDialog)
    # setupUi

    def retranslateUi(self, PinDialog):
        self.currentLabel.setText(QCoreApplication.translate("PinDialog", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleName(QCoreApplication.translate("PinDialog", u"Current PIN or passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("PinDialog", u"&New PIN", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("PinDialog", u"New PIN or passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("PinDialog", u"New PIN &again", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("PinDialog", u"New PIN or passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PinDialog", u"PIN message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

