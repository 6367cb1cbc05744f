# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout

from bond.gui.design.body_text import BodyText

class Ui_History(object):
    def setupUi(self, History):
        if not History.objectName():
            History.setObjectName(u"History")
        History.resize(760, 560)
        self.historyLayout = QVBoxLayout(History)
        self.historyLayout.setObjectName(u"historyLayout")
        self.titleLabel = QLabel(History)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.historyLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.whoLabel = QLabel(History)
        self.whoLabel.setObjectName(u"whoLabel")

        self.filterRow.addWidget(self.whoLabel)

        self.whoCombo = QComboBox(History)
        self.whoCombo.setObjectName(u"whoCombo")

        self.filterRow.addWidget(self.whoCombo)

        self.filterRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterRowSpacer)


        self.historyLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(History)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listView = QListView(self.splitter)
        self.listView.setObjectName(u"listView")
        self.listView.setWordWrap(True)
        self.listView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.listView)
        self.detailView = QTextBrowser(self.splitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setOpenLinks(False)
        self.splitter.addWidget(self.detailView)

        self.historyLayout.addWidget(self.splitter)

        self.emptyLabel = BodyText(History)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.historyLayout.addWidget(self.emptyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(History)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.buttonRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonRowSpacer)


        self.historyLayout.addLayout(self.buttonRow)

        self.historyLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(History)

        QMetaObject.connectSlotsByName(History)
    # setupUi

    def retranslateUi(self, History):
        self.titleLabel.setText(QCoreApplication.translate("History", u"Past sessions", None))
        self.whoLabel.setText(QCoreApplication.translate("History", u"&Whose sessions", None))
#if QT_CONFIG(accessibility)
        self.whoCombo.setAccessibleName(QCoreApplication.translate("History", u"Whose sessions to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.listView.setAccessibleName(QCoreApplication.translate("History", u"Past sessions, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("History", u"What was written in this session", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("History", u"Nothing here yet. Finished, paused and stopped exercises appear here.", None))
        self.backButton.setText(QCoreApplication.translate("History", u"&Back to progress", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("History", u"Back to progress", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

