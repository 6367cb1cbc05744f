# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'busy.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_Busy(object):
    def setupUi(self, Busy):
        if not Busy.objectName():
            Busy.setObjectName(u"Busy")
        Busy.resize(640, 420)
        self.busyLayout = QVBoxLayout(Busy)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busyLayout.addItem(self.busyTopSpacer)

        self.messageRow = QHBoxLayout()
        self.messageRow.setObjectName(u"messageRow")
        self.messageLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messageRow.addItem(self.messageLeftSpacer)

        self.messageLabel = QLabel(Busy)
        self.messageLabel.setObjectName(u"messageLabel")

        self.messageRow.addWidget(self.messageLabel)

        self.messageRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messageRow.addItem(self.messageRightSpacer)


        self.busyLayout.addLayout(self.messageRow)

        self.busyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busyLayout.addItem(self.busyBottomSpacer)


        self.retranslateUi(Busy)

        QMetaObject.connectSlotsByName(Busy)
    # setupUi

    def retranslateUi(self, Busy):
        self.messageLabel.setText(QCoreApplication.translate("Busy", u"Opening your vault\u2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("Busy", u"Status", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

