# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'runner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_Runner(object):
    def setupUi(self, Runner):
        if not Runner.objectName():
            Runner.setObjectName(u"Runner")
        Runner.resize(900, 600)
        self.runnerLayout = QVBoxLayout(Runner)
        self.runnerLayout.setObjectName(u"runnerLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.exerciseTitle = QLabel(Runner)
        self.exerciseTitle.setObjectName(u"exerciseTitle")
        self.exerciseTitle.setProperty(u"role", u"subtitle")
        self.exerciseTitle.setWordWrap(True)

        self.headerRow.addWidget(self.exerciseTitle)

        self.stepLabel = QLabel(Runner)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setProperty(u"role", u"hint")

        self.headerRow.addWidget(self.stepLabel)

        self.headerRow.setStretch(0, 1)

        self.runnerLayout.addLayout(self.headerRow)

        self.whoLabel = QLabel(Runner)
        self.whoLabel.setObjectName(u"whoLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.whoLabel.sizePolicy().hasHeightForWidth())
        self.whoLabel.setSizePolicy(sizePolicy)
        self.whoLabel.setProperty(u"role", u"floor")

        self.runnerLayout.addWidget(self.whoLabel)

        self.stepScroll = QScrollArea(Runner)
        self.stepScroll.setObjectName(u"stepScroll")
        self.stepScroll.setWidgetResizable(True)
        self.stepScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.stepAreaLayout = QVBoxLayout(self.scrollContents)
        self.stepAreaLayout.setObjectName(u"stepAreaLayout")
        self.stepArea = QStackedWidget(self.scrollContents)
        self.stepArea.setObjectName(u"stepArea")

        self.stepAreaLayout.addWidget(self.stepArea)

        self.stepScroll.setWidget(self.scrollContents)

        self.runnerLayout.addWidget(self.stepScroll)

        self.saveLabel = QLabel(Runner)
        self.saveLabel.setObjectName(u"saveLabel")
        self.saveLabel.setWordWrap(True)
        self.saveLabel.setProperty(u"role", u"hint")

        self.runnerLayout.addWidget(self.saveLabel)

        self.controlRow = QHBoxLayout()
        self.controlRow.setObjectName(u"controlRow")
        self.backButton = QPushButton(Runner)
        self.backButton.setObjectName(u"backButton")

        self.controlRow.addWidget(self.backButton)

        self.pauseButton = QPushButton(Runner)
        self.pauseButton.setObjectName(u"pauseButton")

        self.controlRow.addWidget(self.pauseButton)

        self.stopButton = QPushButton(Runner)
        self.stopButton.setObjectName(u"stopButton")

        self.controlRow.addWidget(self.stopButton)

        self.breakButton = QPushButton(Runner)
        self.breakButton.setObjectName(u"breakButton")

        self.controlRow.addWidget(self.breakButton)

        self.controlSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlRow.addItem(self.controlSpacer)

        self.skipButton = QPushButton(Runner)
        self.skipButton.setObjectName(u"skipButton")

        self.controlRow.addWidget(self.skipButton)

        self.nextButton = QPushButton(Runner)
        self.nextButton.setObjectName(u"nextButton")

        self.controlRow.addWidget(self.nextButton)


        self.runnerLayout.addLayout(self.controlRow)

        self.runnerLayout.setStretch(2, 1)

        self.retranslateUi(Runner)

        QMetaObject.connectSlotsByName(Runner)
    # setupUi

    def retranslateUi(self, Runner):
#if QT_CONFIG(accessibility)
        self.stepLabel.setAccessibleName(QCoreApplication.translate("Runner", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whoLabel.setAccessibleName(QCoreApplication.translate("Runner", u"Whose turn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepScroll.setAccessibleName(QCoreApplication.translate("Runner", u"Exercise step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveLabel.setAccessibleName(QCoreApplication.translate("Runner", u"Saving", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("Runner", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("Runner", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.pauseButton.setText(QCoreApplication.translate("Runner", u"P&ause", None))
#if QT_CONFIG(accessibility)
        self.pauseButton.setAccessibleName(QCoreApplication.translate("Runner", u"Pause and continue later", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("Runner", u"&Stop", None))
#if QT_CONFIG(accessibility)
        self.stopButton.setAccessibleName(QCoreApplication.translate("Runner", u"Stop this exercise", None))
#endif // QT_CONFIG(accessibility)
        self.breakButton.setText(QCoreApplication.translate("Runner", u"Take a br&eak", None))
#if QT_CONFIG(accessibility)
        self.breakButton.setAccessibleName(QCoreApplication.translate("Runner", u"Take a break", None))
#endif // QT_CONFIG(accessibility)
        self.skipButton.setText(QCoreApplication.translate("Runner", u"S&kip this step", None))
#if QT_CONFIG(accessibility)
        self.skipButton.setAccessibleName(QCoreApplication.translate("Runner", u"Skip this step", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("Runner", u"&Next", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("Runner", u"Next", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

