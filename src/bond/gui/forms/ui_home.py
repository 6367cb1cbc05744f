# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText

class Ui_Home(object):
    def setupUi(self, Home):
        if not Home.objectName():
            Home.setObjectName(u"Home")
        Home.resize(760, 560)
        self.homeOuter = QVBoxLayout(Home)
        self.homeOuter.setObjectName(u"homeOuter")
        self.scrollArea = QScrollArea(Home)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.homeLayout = QVBoxLayout(self.scrollContents)
        self.homeLayout.setObjectName(u"homeLayout")
        self.greetingLabel = QLabel(self.scrollContents)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setProperty(u"role", u"title")
        self.greetingLabel.setWordWrap(True)

        self.homeLayout.addWidget(self.greetingLabel)

        self.introLabel = BodyText(self.scrollContents)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.homeLayout.addWidget(self.introLabel)

        self.aheadBox = QGroupBox(self.scrollContents)
        self.aheadBox.setObjectName(u"aheadBox")
        self.aheadLayout = QVBoxLayout(self.aheadBox)
        self.aheadLayout.setObjectName(u"aheadLayout")
        self.nextLabel = BodyText(self.aheadBox)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)

        self.aheadLayout.addWidget(self.nextLabel)

        self.suggestRow = QHBoxLayout()
        self.suggestRow.setObjectName(u"suggestRow")
        self.suggestLabel = BodyText(self.aheadBox)
        self.suggestLabel.setObjectName(u"suggestLabel")
        self.suggestLabel.setWordWrap(True)

        self.suggestRow.addWidget(self.suggestLabel)

        self.suggestButton = QPushButton(self.aheadBox)
        self.suggestButton.setObjectName(u"suggestButton")

        self.suggestRow.addWidget(self.suggestButton)

        self.suggestSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestRow.addItem(self.suggestSpacer)

        self.suggestRow.setStretch(2, 1)

        self.aheadLayout.addLayout(self.suggestRow)

        self.recentLabel = QLabel(self.aheadBox)
        self.recentLabel.setObjectName(u"recentLabel")

        self.aheadLayout.addWidget(self.recentLabel)

        self.recentRow = QVBoxLayout()
        self.recentRow.setObjectName(u"recentRow")

        self.aheadLayout.addLayout(self.recentRow)


        self.homeLayout.addWidget(self.aheadBox)

        self.continueBox = QGroupBox(self.scrollContents)
        self.continueBox.setObjectName(u"continueBox")
        self.continueLayout = QVBoxLayout(self.continueBox)
        self.continueLayout.setObjectName(u"continueLayout")

        self.homeLayout.addWidget(self.continueBox)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.exercisesButton = QPushButton(self.scrollContents)
        self.exercisesButton.setObjectName(u"exercisesButton")

        self.startRow.addWidget(self.exercisesButton)

        self.startSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.homeLayout.addLayout(self.startRow)

        self.partnerBox = QGroupBox(self.scrollContents)
        self.partnerBox.setObjectName(u"partnerBox")
        self.partnerLayout = QVBoxLayout(self.partnerBox)
        self.partnerLayout.setObjectName(u"partnerLayout")
        self.partnerText = BodyText(self.partnerBox)
        self.partnerText.setObjectName(u"partnerText")
        self.partnerText.setWordWrap(True)

        self.partnerLayout.addWidget(self.partnerText)

        self.partnerRow = QHBoxLayout()
        self.partnerRow.setObjectName(u"partnerRow")
        self.partnerNameLabel = QLabel(self.partnerBox)
        self.partnerNameLabel.setObjectName(u"partnerNameLabel")

        self.partnerRow.addWidget(self.partnerNameLabel)

        self.partnerNameEdit = QLineEdit(self.partnerBox)
        self.partnerNameEdit.setObjectName(u"partnerNameEdit")
        self.partnerNameEdit.setMaxLength(40)

        self.partnerRow.addWidget(self.partnerNameEdit)

        self.addPartnerButton = QPushButton(self.partnerBox)
        self.addPartnerButton.setObjectName(u"addPartnerButton")

        self.partnerRow.addWidget(self.addPartnerButton)


        self.partnerLayout.addLayout(self.partnerRow)

        self.partnerError = BodyText(self.partnerBox)
        self.partnerError.setObjectName(u"partnerError")
        self.partnerError.setWordWrap(True)
        self.partnerError.setProperty(u"role", u"error")

        self.partnerLayout.addWidget(self.partnerError)


        self.homeLayout.addWidget(self.partnerBox)

        self.privacyBox = QGroupBox(self.scrollContents)
        self.privacyBox.setObjectName(u"privacyBox")
        self.privacyLayout = QVBoxLayout(self.privacyBox)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.privacyLabel = QLabel(self.privacyBox)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)
        self.privacyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.privacyLayout.addWidget(self.privacyLabel)


        self.homeLayout.addWidget(self.privacyBox)

        self.careBox = QGroupBox(self.scrollContents)
        self.careBox.setObjectName(u"careBox")
        self.careLayout = QVBoxLayout(self.careBox)
        self.careLayout.setObjectName(u"careLayout")
        self.careText = BodyText(self.careBox)
        self.careText.setObjectName(u"careText")
        self.careText.setWordWrap(True)

        self.careLayout.addWidget(self.careText)

        self.careRow = QHBoxLayout()
        self.careRow.setObjectName(u"careRow")
        self.careSupportButton = QPushButton(self.careBox)
        self.careSupportButton.setObjectName(u"careSupportButton")

        self.careRow.addWidget(self.careSupportButton)

        self.careSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.careRow.addItem(self.careSpacer)


        self.careLayout.addLayout(self.careRow)


        self.homeLayout.addWidget(self.careBox)

        self.homeSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.homeLayout.addItem(self.homeSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.homeOuter.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.partnerNameLabel.setBuddy(self.partnerNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Home)

        QMetaObject.connectSlotsByName(Home)
    # setupUi

    def retranslateUi(self, Home):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("Home", u"Home", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.greetingLabel.setAccessibleName(QCoreApplication.translate("Home", u"Greeting", None))
#endif // QT_CONFIG(accessibility)
        self.aheadBox.setTitle(QCoreApplication.translate("Home", u"This week", None))
#if QT_CONFIG(accessibility)
        self.nextLabel.setAccessibleName(QCoreApplication.translate("Home", u"Next check-in", None))
#endif // QT_CONFIG(accessibility)
        self.suggestButton.setText(QCoreApplication.translate("Home", u"&Try it", None))
#if QT_CONFIG(accessibility)
        self.suggestButton.setAccessibleName(QCoreApplication.translate("Home", u"Try the suggested exercise", None))
#endif // QT_CONFIG(accessibility)
        self.recentLabel.setText(QCoreApplication.translate("Home", u"Recently read:", None))
        self.continueBox.setTitle(QCoreApplication.translate("Home", u"Pick up where you left off", None))
        self.exercisesButton.setText(QCoreApplication.translate("Home", u"Choose &an exercise", None))
#if QT_CONFIG(accessibility)
        self.exercisesButton.setAccessibleName(QCoreApplication.translate("Home", u"Choose an exercise", None))
#endif // QT_CONFIG(accessibility)
        self.partnerBox.setTitle(QCoreApplication.translate("Home", u"Add your partner", None))
        self.partnerText.setText(QCoreApplication.translate("Home", u"If your partner would like to join you, add them here. Your own notes stay yours.", None))
        self.partnerNameLabel.setText(QCoreApplication.translate("Home", u"Partner's &name", None))
#if QT_CONFIG(accessibility)
        self.partnerNameEdit.setAccessibleName(QCoreApplication.translate("Home", u"Partner's name", None))
#endif // QT_CONFIG(accessibility)
        self.addPartnerButton.setText(QCoreApplication.translate("Home", u"Add pa&rtner", None))
#if QT_CONFIG(accessibility)
        self.addPartnerButton.setAccessibleName(QCoreApplication.translate("Home", u"Add partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.partnerError.setAccessibleName(QCoreApplication.translate("Home", u"Problem adding a partner", None))
#endif // QT_CONFIG(accessibility)
        self.privacyBox.setTitle(QCoreApplication.translate("Home", u"Your privacy", None))
        self.careBox.setTitle(QCoreApplication.translate("Home", u"Looking after yourselves", None))
        self.careText.setText(QCoreApplication.translate("Home", u"Bond is a practice tool, not therapy. If you feel unsafe, or distress is high or lasts, please reach out to someone: a crisis line, your doctor, or a counsellor.", None))
        self.careSupportButton.setText(QCoreApplication.translate("Home", u"See crisis lines and &support", None))
#if QT_CONFIG(accessibility)
        self.careSupportButton.setAccessibleName(QCoreApplication.translate("Home", u"See crisis lines and support", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

