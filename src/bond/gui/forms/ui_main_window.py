# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(960, 680)
        MainWindow.setMinimumSize(QSize(640, 480))
        MainWindow.setWindowTitle(u"Bond")
        self.actionHome = QAction(MainWindow)
        self.actionHome.setObjectName(u"actionHome")
        self.actionExercises = QAction(MainWindow)
        self.actionExercises.setObjectName(u"actionExercises")
        self.actionLibrary = QAction(MainWindow)
        self.actionLibrary.setObjectName(u"actionLibrary")
        self.actionAgreements = QAction(MainWindow)
        self.actionAgreements.setObjectName(u"actionAgreements")
        self.actionBoundaries = QAction(MainWindow)
        self.actionBoundaries.setObjectName(u"actionBoundaries")
        self.actionProgress = QAction(MainWindow)
        self.actionProgress.setObjectName(u"actionProgress")
        self.actionHistory = QAction(MainWindow)
        self.actionHistory.setObjectName(u"actionHistory")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionLargerText = QAction(MainWindow)
        self.actionLargerText.setObjectName(u"actionLargerText")
        self.actionSmallerText = QAction(MainWindow)
        self.actionSmallerText.setObjectName(u"actionSmallerText")
        self.actionResetText = QAction(MainWindow)
        self.actionResetText.setObjectName(u"actionResetText")
        self.actionSupport = QAction(MainWindow)
        self.actionSupport.setObjectName(u"actionSupport")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.topBar = QFrame(self.centralwidget)
        self.topBar.setObjectName(u"topBar")
        self.topBarLayout = QVBoxLayout(self.topBar)
        self.topBarLayout.setSpacing(0)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.topBarLayout.setContentsMargins(16, 10, 16, 10)
        self.brandRow = QHBoxLayout()
        self.brandRow.setSpacing(8)
        self.brandRow.setObjectName(u"brandRow")
        self.brandLabel = QLabel(self.topBar)
        self.brandLabel.setObjectName(u"brandLabel")
        self.brandLabel.setText(u"Bond")

        self.brandRow.addWidget(self.brandLabel)

        self.menubar = QMenuBar(self.topBar)
        self.menubar.setObjectName(u"menubar")
        self.menuBond = QMenu(self.menubar)
        self.menuBond.setObjectName(u"menuBond")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")

        self.brandRow.addWidget(self.menubar)

        self.menuButton = QPushButton(self.topBar)
        self.menuButton.setObjectName(u"menuButton")

        self.brandRow.addWidget(self.menuButton)

        self.brandSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.brandRow.addItem(self.brandSpacer)

        self.hideButton = QPushButton(self.topBar)
        self.hideButton.setObjectName(u"hideButton")

        self.brandRow.addWidget(self.hideButton)

        self.supportButton = QPushButton(self.topBar)
        self.supportButton.setObjectName(u"supportButton")
        self.supportButton.setCheckable(True)

        self.brandRow.addWidget(self.supportButton)


        self.topBarLayout.addLayout(self.brandRow)


        self.centralLayout.addWidget(self.topBar)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(0)
        self.bodyRow.setObjectName(u"bodyRow")
        self.contentColumn = QVBoxLayout()
        self.contentColumn.setSpacing(0)
        self.contentColumn.setObjectName(u"contentColumn")
        self.contentColumn.setContentsMargins(0, 0, 0, -1)
        self.bannerLabel = QLabel(self.centralwidget)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)

        self.contentColumn.addWidget(self.bannerLabel)

        self.reminderBar = QFrame(self.centralwidget)
        self.reminderBar.setObjectName(u"reminderBar")
        self.reminderBar.setProperty(u"role", u"banner")
        self.reminderBarLayout = QHBoxLayout(self.reminderBar)
        self.reminderBarLayout.setObjectName(u"reminderBarLayout")
        self.reminderBarLayout.setContentsMargins(12, 4, 8, 4)
        self.reminderLabel = QLabel(self.reminderBar)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)

        self.reminderBarLayout.addWidget(self.reminderLabel)

        self.reminderStartButton = QPushButton(self.reminderBar)
        self.reminderStartButton.setObjectName(u"reminderStartButton")

        self.reminderBarLayout.addWidget(self.reminderStartButton)

        self.reminderLaterButton = QPushButton(self.reminderBar)
        self.reminderLaterButton.setObjectName(u"reminderLaterButton")

        self.reminderBarLayout.addWidget(self.reminderLaterButton)

        self.reminderBarLayout.setStretch(0, 1)

        self.contentColumn.addWidget(self.reminderBar)

        self.sampleBar = QFrame(self.centralwidget)
        self.sampleBar.setObjectName(u"sampleBar")
        self.sampleBar.setProperty(u"role", u"banner")
        self.sampleBarLayout = QHBoxLayout(self.sampleBar)
        self.sampleBarLayout.setObjectName(u"sampleBarLayout")
        self.sampleBarLayout.setContentsMargins(12, 4, 8, 4)
        self.sampleLabel = QLabel(self.sampleBar)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setWordWrap(True)

        self.sampleBarLayout.addWidget(self.sampleLabel)

        self.removeSampleButton = QPushButton(self.sampleBar)
        self.removeSampleButton.setObjectName(u"removeSampleButton")
        self.removeSampleButton.setProperty(u"role", u"quiet")

        self.sampleBarLayout.addWidget(self.removeSampleButton)

        self.sampleBarLayout.setStretch(0, 1)

        self.contentColumn.addWidget(self.sampleBar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.contentColumn.addWidget(self.pages)


        self.bodyRow.addLayout(self.contentColumn)


        self.centralLayout.addLayout(self.bodyRow)

        MainWindow.setCentralWidget(self.centralwidget)

        self.menubar.addAction(self.menuBond.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuBond.addAction(self.actionHome)
        self.menuBond.addAction(self.actionExercises)
        self.menuBond.addAction(self.actionLibrary)
        self.menuBond.addAction(self.actionAgreements)
        self.menuBond.addAction(self.actionBoundaries)
        self.menuBond.addAction(self.actionProgress)
        self.menuBond.addAction(self.actionHistory)
        self.menuBond.addAction(self.actionSettings)
        self.menuBond.addSeparator()
        self.menuBond.addAction(self.actionQuit)
        self.menuView.addAction(self.actionLargerText)
        self.menuView.addAction(self.actionSmallerText)
        self.menuView.addAction(self.actionResetText)
        self.menuHelp.addAction(self.actionSupport)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionHome.setText(QCoreApplication.translate("MainWindow", u"&Home", None))
        self.actionExercises.setText(QCoreApplication.translate("MainWindow", u"E&xercises", None))
        self.actionLibrary.setText(QCoreApplication.translate("MainWindow", u"&Library", None))
        self.actionAgreements.setText(QCoreApplication.translate("MainWindow", u"&Agreements", None))
        self.actionBoundaries.setText(QCoreApplication.translate("MainWindow", u"&Boundaries", None))
        self.actionProgress.setText(QCoreApplication.translate("MainWindow", u"&Progress", None))
        self.actionHistory.setText(QCoreApplication.translate("MainWindow", u"Past s&essions", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionLargerText.setText(QCoreApplication.translate("MainWindow", u"&Larger text", None))
        self.actionSmallerText.setText(QCoreApplication.translate("MainWindow", u"&Smaller text", None))
        self.actionResetText.setText(QCoreApplication.translate("MainWindow", u"&Normal text size", None))
        self.actionSupport.setText(QCoreApplication.translate("MainWindow", u"&Get support now", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Bond", None))
#if QT_CONFIG(accessibility)
        self.brandLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Bond", None))
#endif // QT_CONFIG(accessibility)
        self.menuBond.setTitle(QCoreApplication.translate("MainWindow", u"Bon&d", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Hel&p", None))
        self.menuButton.setText(QCoreApplication.translate("MainWindow", u"Menu", None))
#if QT_CONFIG(accessibility)
        self.menuButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Menu", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menuButton.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Bond, View and Help", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.menuButton.setToolTip(QCoreApplication.translate("MainWindow", u"Bond, View and Help", None))
#endif // QT_CONFIG(tooltip)
        self.hideButton.setText(QCoreApplication.translate("MainWindow", u"Hide", None))
#if QT_CONFIG(accessibility)
        self.hideButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Hide Bond's screen now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hideButton.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Locks at once and shows a neutral screen. Shortcut: press Shift three times, or Ctrl+Shift+H", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.hideButton.setToolTip(QCoreApplication.translate("MainWindow", u"Hide now: Shift three times, or Ctrl+Shift+H", None))
#endif // QT_CONFIG(tooltip)
        self.supportButton.setText(QCoreApplication.translate("MainWindow", u"Get support now", None))
#if QT_CONFIG(tooltip)
        self.supportButton.setToolTip(QCoreApplication.translate("MainWindow", u"Crisis lines and emergency numbers (F1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.supportButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Get support now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.supportButton.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Crisis lines and emergency numbers. Shortcut: F1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bannerLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.reminderLabel.setText(QCoreApplication.translate("MainWindow", u"Time for your check-in.", None))
        self.reminderStartButton.setText(QCoreApplication.translate("MainWindow", u"Start the &check-in", None))
#if QT_CONFIG(accessibility)
        self.reminderStartButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Start the weekly check-in", None))
#endif // QT_CONFIG(accessibility)
        self.reminderLaterButton.setText(QCoreApplication.translate("MainWindow", u"&Later", None))
#if QT_CONFIG(accessibility)
        self.reminderLaterButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Dismiss the reminder", None))
#endif // QT_CONFIG(accessibility)
        self.sampleLabel.setText(QCoreApplication.translate("MainWindow", u"Sample data: this vault holds made-up history to look around with.", None))
        self.removeSampleButton.setText(QCoreApplication.translate("MainWindow", u"&Remove sample data\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeSampleButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Remove the sample data and start afresh", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

