# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problem.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_Problem(object):
    def setupUi(self, Problem):
        if not Problem.objectName():
            Problem.setObjectName(u"Problem")
        Problem.resize(760, 560)
        self.problemLayout = QVBoxLayout(Problem)
        self.problemLayout.setObjectName(u"problemLayout")
        self.titleLabel = QLabel(Problem)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")
        self.titleLabel.setWordWrap(True)

        self.problemLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(Problem)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problemLayout.addWidget(self.messageLabel)

        self.detailsLabel = QLabel(Problem)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setProperty(u"role", u"hint")
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problemLayout.addWidget(self.detailsLabel)

        self.problemButtons = QHBoxLayout()
        self.problemButtons.setObjectName(u"problemButtons")
        self.restoreButton = QPushButton(Problem)
        self.restoreButton.setObjectName(u"restoreButton")

        self.problemButtons.addWidget(self.restoreButton)

        self.retryButton = QPushButton(Problem)
        self.retryButton.setObjectName(u"retryButton")

        self.problemButtons.addWidget(self.retryButton)

        self.temporaryButton = QPushButton(Problem)
        self.temporaryButton.setObjectName(u"temporaryButton")

        self.problemButtons.addWidget(self.temporaryButton)

        self.problemSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemButtons.addItem(self.problemSpacer)

        self.quitButton = QPushButton(Problem)
        self.quitButton.setObjectName(u"quitButton")

        self.problemButtons.addWidget(self.quitButton)


        self.problemLayout.addLayout(self.problemButtons)

        self.problemBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.problemLayout.addItem(self.problemBottomSpacer)


        self.retranslateUi(Problem)

        QMetaObject.connectSlotsByName(Problem)
    # setupUi

    def retranslateUi(self, Problem):
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("Problem", u"What happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("Problem", u"Where your files are", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("Problem", u"&Restore the latest backup", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("Problem", u"Restore the latest backup", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("Problem", u"T&ry again", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("Problem", u"Try again", None))
#endif // QT_CONFIG(accessibility)
        self.temporaryButton.setText(QCoreApplication.translate("Problem", u"Use a &temporary session", None))
#if QT_CONFIG(accessibility)
        self.temporaryButton.setAccessibleName(QCoreApplication.translate("Problem", u"Use a temporary session", None))
#endif // QT_CONFIG(accessibility)
        self.quitButton.setText(QCoreApplication.translate("Problem", u"&Quit", None))
#if QT_CONFIG(accessibility)
        self.quitButton.setAccessibleName(QCoreApplication.translate("Problem", u"Quit Bond", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

