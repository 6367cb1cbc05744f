# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreements.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from bond.gui.design.body_text import BodyText

class Ui_Agreements(object):
    def setupUi(self, Agreements):
        if not Agreements.objectName():
            Agreements.setObjectName(u"Agreements")
        Agreements.resize(800, 560)
        self.agreementsLayout = QVBoxLayout(Agreements)
        self.agreementsLayout.setObjectName(u"agreementsLayout")
        self.titleLabel = QLabel(Agreements)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.agreementsLayout.addWidget(self.titleLabel)

        self.introLabel = BodyText(Agreements)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.agreementsLayout.addWidget(self.introLabel)

        self.listView = QListView(Agreements)
        self.listView.setObjectName(u"listView")
        self.listView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listView.setWordWrap(True)

        self.agreementsLayout.addWidget(self.listView)

        self.emptyLabel = BodyText(Agreements)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.agreementsLayout.addWidget(self.emptyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.retireButton = QPushButton(Agreements)
        self.retireButton.setObjectName(u"retireButton")

        self.buttonRow.addWidget(self.retireButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.agreementsLayout.addLayout(self.buttonRow)

        self.agreementsLayout.setStretch(2, 1)

        self.retranslateUi(Agreements)

        QMetaObject.connectSlotsByName(Agreements)
    # setupUi

    def retranslateUi(self, Agreements):
        self.titleLabel.setText(QCoreApplication.translate("Agreements", u"Our agreements", None))
        self.introLabel.setText(QCoreApplication.translate("Agreements", u"Small things you agreed on together. Your next weekly meeting starts by looking at each one: kept, partly, not yet, change it, or retire it.", None))
#if QT_CONFIG(accessibility)
        self.listView.setAccessibleName(QCoreApplication.translate("Agreements", u"Active agreements", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("Agreements", u"No agreements yet. They appear here when you make one in a weekly meeting or another exercise for two.", None))
        self.retireButton.setText(QCoreApplication.translate("Agreements", u"&Retire this agreement", None))
#if QT_CONFIG(accessibility)
        self.retireButton.setAccessibleName(QCoreApplication.translate("Agreements", u"Retire the selected agreement", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

