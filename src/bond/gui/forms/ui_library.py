# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText

class Ui_Library(object):
    def setupUi(self, Library):
        if not Library.objectName():
            Library.setObjectName(u"Library")
        Library.resize(900, 600)
        self.libraryLayout = QVBoxLayout(Library)
        self.libraryLayout.setObjectName(u"libraryLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(Library)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleRow.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(Library)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.titleRow.addWidget(self.searchEdit)

        self.titleRow.setStretch(1, 1)

        self.libraryLayout.addLayout(self.titleRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.categoryCombo = QComboBox(Library)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchRow.addWidget(self.categoryCombo)

        self.showCombo = QComboBox(Library)
        self.showCombo.setObjectName(u"showCombo")
        self.showCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchRow.addWidget(self.showCombo)

        self.readerCombo = QComboBox(Library)
        self.readerCombo.setObjectName(u"readerCombo")
        self.readerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchRow.addWidget(self.readerCombo)


        self.libraryLayout.addLayout(self.searchRow)

        self.continueBox = QWidget(Library)
        self.continueBox.setObjectName(u"continueBox")
        self.continueLayout = QVBoxLayout(self.continueBox)
        self.continueLayout.setObjectName(u"continueLayout")
        self.continueLayout.setContentsMargins(0, 0, 0, 0)
        self.continueLabel = QLabel(self.continueBox)
        self.continueLabel.setObjectName(u"continueLabel")

        self.continueLayout.addWidget(self.continueLabel)


        self.libraryLayout.addWidget(self.continueBox)

        self.listView = QListView(Library)
        self.listView.setObjectName(u"listView")
        self.listView.setWordWrap(True)
        self.listView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.libraryLayout.addWidget(self.listView)

        self.statusLabel = BodyText(Library)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"hint")
        self.statusLabel.setWordWrap(True)

        self.libraryLayout.addWidget(self.statusLabel)

        self.libraryLayout.setStretch(3, 1)

        self.retranslateUi(Library)

        QMetaObject.connectSlotsByName(Library)
    # setupUi

    def retranslateUi(self, Library):
        self.titleLabel.setText(QCoreApplication.translate("Library", u"Library", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("Library", u"Search the articles", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("Library", u"Search the articles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("Library", u"Topic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("Library", u"Which articles to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readerCombo.setAccessibleName(QCoreApplication.translate("Library", u"Reading as", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readerCombo.setAccessibleDescription(QCoreApplication.translate("Library", u"Bookmarks and places are kept for each person", None))
#endif // QT_CONFIG(accessibility)
        self.continueLabel.setText(QCoreApplication.translate("Library", u"Continue reading:", None))
#if QT_CONFIG(accessibility)
        self.listView.setAccessibleName(QCoreApplication.translate("Library", u"Articles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("Library", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

