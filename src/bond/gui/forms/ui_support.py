# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText

class Ui_Support(object):
    def setupUi(self, Support):
        if not Support.objectName():
            Support.setObjectName(u"Support")
        Support.resize(760, 560)
        self.supportOuter = QVBoxLayout(Support)
        self.supportOuter.setObjectName(u"supportOuter")
        self.scrollArea = QScrollArea(Support)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.supportLayout = QVBoxLayout(self.scrollContents)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")
        self.titleLabel.setWordWrap(True)

        self.supportLayout.addWidget(self.titleLabel)

        self.introLabel = BodyText(self.scrollContents)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.supportLayout.addWidget(self.introLabel)

        self.regionRow = QHBoxLayout()
        self.regionRow.setObjectName(u"regionRow")
        self.regionLabel = QLabel(self.scrollContents)
        self.regionLabel.setObjectName(u"regionLabel")

        self.regionRow.addWidget(self.regionLabel)

        self.regionCombo = QComboBox(self.scrollContents)
        self.regionCombo.setObjectName(u"regionCombo")

        self.regionRow.addWidget(self.regionCombo)

        self.regionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.regionRow.addItem(self.regionSpacer)


        self.supportLayout.addLayout(self.regionRow)

        self.emergencyLabel = QLabel(self.scrollContents)
        self.emergencyLabel.setObjectName(u"emergencyLabel")
        self.emergencyLabel.setWordWrap(True)
        self.emergencyLabel.setProperty(u"role", u"emergency")
        self.emergencyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.supportLayout.addWidget(self.emergencyLabel)

        self.contactsView = QTextBrowser(self.scrollContents)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setOpenLinks(False)
        self.contactsView.setOpenExternalLinks(False)
        self.contactsView.setTabChangesFocus(True)

        self.supportLayout.addWidget(self.contactsView)

        self.calmRow = QHBoxLayout()
        self.calmRow.setObjectName(u"calmRow")
        self.calmLabel = QLabel(self.scrollContents)
        self.calmLabel.setObjectName(u"calmLabel")

        self.calmRow.addWidget(self.calmLabel)

        self.groundingButton = QPushButton(self.scrollContents)
        self.groundingButton.setObjectName(u"groundingButton")

        self.calmRow.addWidget(self.groundingButton)

        self.breathingButton = QPushButton(self.scrollContents)
        self.breathingButton.setObjectName(u"breathingButton")

        self.calmRow.addWidget(self.breathingButton)

        self.calmSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calmRow.addItem(self.calmSpacer)


        self.supportLayout.addLayout(self.calmRow)

        self.unsafeButton = QPushButton(self.scrollContents)
        self.unsafeButton.setObjectName(u"unsafeButton")
        self.unsafeButton.setCheckable(True)

        self.supportLayout.addWidget(self.unsafeButton)

        self.unsafeText = BodyText(self.scrollContents)
        self.unsafeText.setObjectName(u"unsafeText")
        self.unsafeText.setWordWrap(True)
        self.unsafeText.setTextFormat(Qt.TextFormat.RichText)
        self.unsafeText.setProperty(u"role", u"note")

        self.supportLayout.addWidget(self.unsafeText)

        self.noteLabel = BodyText(self.scrollContents)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"hint")

        self.supportLayout.addWidget(self.noteLabel)

        self.supportButtons = QHBoxLayout()
        self.supportButtons.setObjectName(u"supportButtons")
        self.backButton = QPushButton(self.scrollContents)
        self.backButton.setObjectName(u"backButton")

        self.supportButtons.addWidget(self.backButton)

        self.supportSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.supportButtons.addItem(self.supportSpacer)


        self.supportLayout.addLayout(self.supportButtons)

        self.scrollArea.setWidget(self.scrollContents)

        self.supportOuter.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.regionLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Support)

        QMetaObject.connectSlotsByName(Support)
    # setupUi

    def retranslateUi(self, Support):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("Support", u"Get support now", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("Support", u"Get support now", None))
        self.introLabel.setText(QCoreApplication.translate("Support", u"You don't have to be in crisis to call. These services listen, in confidence, and can help you think about what to do next.", None))
        self.regionLabel.setText(QCoreApplication.translate("Support", u"&Where are you?", None))
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleName(QCoreApplication.translate("Support", u"Region", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleDescription(QCoreApplication.translate("Support", u"Choose where you are to see the right phone numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emergencyLabel.setAccessibleName(QCoreApplication.translate("Support", u"Emergency number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactsView.setAccessibleName(QCoreApplication.translate("Support", u"Support services", None))
#endif // QT_CONFIG(accessibility)
        self.calmLabel.setText(QCoreApplication.translate("Support", u"To settle right now:", None))
        self.groundingButton.setText(QCoreApplication.translate("Support", u"Grounding with &your senses", None))
#if QT_CONFIG(accessibility)
        self.groundingButton.setAccessibleName(QCoreApplication.translate("Support", u"Start 5-4-3-2-1 grounding", None))
#endif // QT_CONFIG(accessibility)
        self.breathingButton.setText(QCoreApplication.translate("Support", u"&Slow breathing", None))
#if QT_CONFIG(accessibility)
        self.breathingButton.setAccessibleName(QCoreApplication.translate("Support", u"Start the longer out-breath", None))
#endif // QT_CONFIG(accessibility)
        self.unsafeButton.setText(QCoreApplication.translate("Support", u"&About feeling unsafe with a partner", None))
#if QT_CONFIG(accessibility)
        self.unsafeButton.setAccessibleName(QCoreApplication.translate("Support", u"About feeling unsafe with a partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unsafeButton.setAccessibleDescription(QCoreApplication.translate("Support", u"Shows general information. Nothing is asked and nothing is recorded.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unsafeText.setAccessibleName(QCoreApplication.translate("Support", u"About feeling unsafe with a partner", None))
#endif // QT_CONFIG(accessibility)
        self.unsafeText.setText(QCoreApplication.translate("Support", u"<p>Everyone deserves to feel safe at home. If a partner frightens, threatens, hurts, watches or controls you, that is not your fault, and it is not a shared problem for the two of you to fix in exercises. Couples exercises and couples counselling are not the right tool for it.</p><p>The domestic abuse services above talk with people every day about what is happening and what they might do, in confidence, at whatever pace you choose. You don't have to be sure it is \"abuse\" to call.</p><p>If you think your computer or phone may be watched, a safer device (a library's, a trusted friend's) is better for looking up help. Bond's Hide button only helps against someone looking over your shoulder; it cannot hide that Bond is installed. Bond keeps no record that you opened this.</p>", None))
        self.noteLabel.setText(QCoreApplication.translate("Support", u"Numbers were checked on the date shown next to each service. Bond is not an emergency service and does not contact anyone for you.", None))
        self.backButton.setText(QCoreApplication.translate("Support", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("Support", u"Back", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

