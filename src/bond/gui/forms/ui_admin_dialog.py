# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_AdminDialog(object):
    def setupUi(self, AdminDialog):
        if not AdminDialog.objectName():
            AdminDialog.setObjectName(u"AdminDialog")
        AdminDialog.resize(720, 560)
        AdminDialog.setWindowTitle(u"Bond")
        AdminDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AdminDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(AdminDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(AdminDialog)
        self.pages.setObjectName(u"pages")
        self.unlockPage = QWidget()
        self.unlockPage.setObjectName(u"unlockPage")
        self.unlockLayout = QVBoxLayout(self.unlockPage)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.introLabel = QLabel(self.unlockPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.unlockLayout.addWidget(self.introLabel)

        self.unlockForm = QFormLayout()
        self.unlockForm.setObjectName(u"unlockForm")
        self.passphraseLabel = QLabel(self.unlockPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.unlockPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMaxLength(1024)

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.unlockLayout.addLayout(self.unlockForm)

        self.unlockMessage = QLabel(self.unlockPage)
        self.unlockMessage.setObjectName(u"unlockMessage")
        self.unlockMessage.setWordWrap(True)
        self.unlockMessage.setProperty(u"role", u"error")

        self.unlockLayout.addWidget(self.unlockMessage)

        self.unlockButtons = QHBoxLayout()
        self.unlockButtons.setObjectName(u"unlockButtons")
        self.unlockSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockButtons.addItem(self.unlockSpacer)

        self.unlockButton = QPushButton(self.unlockPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockButtons.addWidget(self.unlockButton)


        self.unlockLayout.addLayout(self.unlockButtons)

        self.unlockBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unlockLayout.addItem(self.unlockBottomSpacer)

        self.pages.addWidget(self.unlockPage)
        self.adminPage = QWidget()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.tabs = QTabWidget(self.adminPage)
        self.tabs.setObjectName(u"tabs")
        self.policyTab = QWidget()
        self.policyTab.setObjectName(u"policyTab")
        self.policyLayout = QVBoxLayout(self.policyTab)
        self.policyLayout.setObjectName(u"policyLayout")
        self.policyView = QTextBrowser(self.policyTab)
        self.policyView.setObjectName(u"policyView")
        self.policyView.setOpenLinks(False)

        self.policyLayout.addWidget(self.policyView)

        self.tabs.addTab(self.policyTab, "")
        self.packsTab = QWidget()
        self.packsTab.setObjectName(u"packsTab")
        self.packsLayout = QVBoxLayout(self.packsTab)
        self.packsLayout.setObjectName(u"packsLayout")
        self.packsView = QTextBrowser(self.packsTab)
        self.packsView.setObjectName(u"packsView")
        self.packsView.setOpenLinks(False)

        self.packsLayout.addWidget(self.packsView)

        self.tabs.addTab(self.packsTab, "")
        self.testTab = QWidget()
        self.testTab.setObjectName(u"testTab")
        self.testLayout = QVBoxLayout(self.testTab)
        self.testLayout.setObjectName(u"testLayout")
        self.testIntro = QLabel(self.testTab)
        self.testIntro.setObjectName(u"testIntro")
        self.testIntro.setWordWrap(True)

        self.testLayout.addWidget(self.testIntro)

        self.testButtons = QHBoxLayout()
        self.testButtons.setObjectName(u"testButtons")
        self.runTestButton = QPushButton(self.testTab)
        self.runTestButton.setObjectName(u"runTestButton")

        self.testButtons.addWidget(self.runTestButton)

        self.testSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testButtons.addItem(self.testSpacer)


        self.testLayout.addLayout(self.testButtons)

        self.testView = QTextBrowser(self.testTab)
        self.testView.setObjectName(u"testView")
        self.testView.setOpenLinks(False)

        self.testLayout.addWidget(self.testView)

        self.tabs.addTab(self.testTab, "")
        self.handBackTab = QWidget()
        self.handBackTab.setObjectName(u"handBackTab")
        self.handBackLayout = QVBoxLayout(self.handBackTab)
        self.handBackLayout.setObjectName(u"handBackLayout")
        self.handBackScroll = QScrollArea(self.handBackTab)
        self.handBackScroll.setObjectName(u"handBackScroll")
        self.handBackScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.handBackScroll.setWidgetResizable(True)
        self.handBackContents = QWidget()
        self.handBackContents.setObjectName(u"handBackContents")
        self.handBackContentsLayout = QVBoxLayout(self.handBackContents)
        self.handBackContentsLayout.setObjectName(u"handBackContentsLayout")
        self.handBackContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.handBackText = QLabel(self.handBackContents)
        self.handBackText.setObjectName(u"handBackText")
        self.handBackText.setWordWrap(True)
        self.handBackText.setTextFormat(Qt.TextFormat.RichText)
        self.handBackText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.handBackContentsLayout.addWidget(self.handBackText)

        self.handBackScroll.setWidget(self.handBackContents)

        self.handBackLayout.addWidget(self.handBackScroll)

        self.handBackGap = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.handBackLayout.addItem(self.handBackGap)

        self.confirmForm = QFormLayout()
        self.confirmForm.setObjectName(u"confirmForm")
        self.confirmLabel = QLabel(self.handBackTab)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.handBackTab)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setMaxLength(64)

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.handBackLayout.addLayout(self.confirmForm)

        self.handBackButtons = QHBoxLayout()
        self.handBackButtons.setObjectName(u"handBackButtons")
        self.handBackButton = QPushButton(self.handBackTab)
        self.handBackButton.setObjectName(u"handBackButton")

        self.handBackButtons.addWidget(self.handBackButton)

        self.handBackSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handBackButtons.addItem(self.handBackSpacer)


        self.handBackLayout.addLayout(self.handBackButtons)

        self.handBackMessage = QLabel(self.handBackTab)
        self.handBackMessage.setObjectName(u"handBackMessage")
        self.handBackMessage.setWordWrap(True)
        self.handBackMessage.setProperty(u"role", u"error")

        self.handBackLayout.addWidget(self.handBackMessage)

        self.tabs.addTab(self.handBackTab, "")

        self.adminLayout.addWidget(self.tabs)

        self.pages.addWidget(self.adminPage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonBox = QDialogButtonBox(AdminDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.policyView)
        QWidget.setTabOrder(self.policyView, self.packsView)
        QWidget.setTabOrder(self.packsView, self.runTestButton)
        QWidget.setTabOrder(self.runTestButton, self.testView)
        QWidget.setTabOrder(self.testView, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.handBackButton)
        QWidget.setTabOrder(self.handBackButton, self.buttonBox)

        self.retranslateUi(AdminDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(AdminDialog)
    # setupUi

    def retranslateUi(self, AdminDialog):
        self.titleLabel.setText(QCoreApplication.translate("AdminDialog", u"Admin mode", None))
        self.passphraseLabel.setText(QCoreApplication.translate("AdminDialog", u"Admin &passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Admin passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlockMessage.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Admin passphrase message", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("AdminDialog", u"&Open admin mode", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Admin sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.policyView.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Policy in force", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.policyTab), QCoreApplication.translate("AdminDialog", u"P&olicy", None))
#if QT_CONFIG(accessibility)
        self.packsView.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Content packs", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.packsTab), QCoreApplication.translate("AdminDialog", u"&Content packs", None))
        self.testIntro.setText(QCoreApplication.translate("AdminDialog", u"Checks that the vault opens and is intact, that Bond's own content is valid, and that the system keyring can store and delete a test entry. Nothing anyone wrote is shown.", None))
        self.runTestButton.setText(QCoreApplication.translate("AdminDialog", u"&Run the self-test", None))
#if QT_CONFIG(accessibility)
        self.testView.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Self-test results", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.testTab), QCoreApplication.translate("AdminDialog", u"&Self-test", None))
#if QT_CONFIG(accessibility)
        self.handBackScroll.setAccessibleName(QCoreApplication.translate("AdminDialog", u"What hand-back erases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Confirmation word", None))
#endif // QT_CONFIG(accessibility)
        self.handBackButton.setText(QCoreApplication.translate("AdminDialog", u"&Erase everything and hand back", None))
#if QT_CONFIG(accessibility)
        self.handBackMessage.setAccessibleName(QCoreApplication.translate("AdminDialog", u"Hand-back message", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.handBackTab), QCoreApplication.translate("AdminDialog", u"&Hand back device", None))
        pass
    # retranslateUi

