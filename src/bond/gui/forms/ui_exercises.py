# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exercises.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QListView, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout

from bond.gui.design.body_text import BodyText
from bond.gui.widgets.accessible_role import AccessibleGroup

class Ui_Exercises(object):
    def setupUi(self, Exercises):
        if not Exercises.objectName():
            Exercises.setObjectName(u"Exercises")
        Exercises.resize(900, 600)
        self.exercisesLayout = QVBoxLayout(Exercises)
        self.exercisesLayout.setObjectName(u"exercisesLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(Exercises)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.returnButton = QPushButton(Exercises)
        self.returnButton.setObjectName(u"returnButton")

        self.titleRow.addWidget(self.returnButton)


        self.exercisesLayout.addLayout(self.titleRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.categoryLabel = QLabel(Exercises)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterRow.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(Exercises)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filterRow.addWidget(self.categoryCombo)

        self.whoLabel = QLabel(Exercises)
        self.whoLabel.setObjectName(u"whoLabel")

        self.filterRow.addWidget(self.whoLabel)

        self.whoCombo = QComboBox(Exercises)
        self.whoCombo.setObjectName(u"whoCombo")

        self.filterRow.addWidget(self.whoCombo)

        self.timeLabel = QLabel(Exercises)
        self.timeLabel.setObjectName(u"timeLabel")

        self.filterRow.addWidget(self.timeLabel)

        self.timeCombo = QComboBox(Exercises)
        self.timeCombo.setObjectName(u"timeCombo")

        self.filterRow.addWidget(self.timeCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.exercisesLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(Exercises)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listView = QListView(self.splitter)
        self.listView.setObjectName(u"listView")
        self.listView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listView.setWordWrap(True)
        self.listView.setUniformItemSizes(False)
        self.listView.setSpacing(2)
        self.splitter.addWidget(self.listView)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = AccessibleGroup()
        self.scrollContents.setObjectName(u"scrollContents")
        self.detailLayout = QVBoxLayout(self.scrollContents)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTitle = QLabel(self.scrollContents)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setProperty(u"role", u"subtitle")
        self.detailTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailMeta = BodyText(self.scrollContents)
        self.detailMeta.setObjectName(u"detailMeta")
        self.detailMeta.setProperty(u"role", u"hint")
        self.detailMeta.setWordWrap(True)

        self.detailLayout.addWidget(self.detailMeta)

        self.contentNote = BodyText(self.scrollContents)
        self.contentNote.setObjectName(u"contentNote")
        self.contentNote.setProperty(u"role", u"note")
        self.contentNote.setWordWrap(True)

        self.detailLayout.addWidget(self.contentNote)

        self.detailText = BodyText(self.scrollContents)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setWordWrap(True)

        self.detailLayout.addWidget(self.detailText)

        self.safetyNote = BodyText(self.scrollContents)
        self.safetyNote.setObjectName(u"safetyNote")
        self.safetyNote.setWordWrap(True)
        self.safetyNote.setProperty(u"role", u"hint")

        self.detailLayout.addWidget(self.safetyNote)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.togetherButton = QPushButton(self.scrollContents)
        self.togetherButton.setObjectName(u"togetherButton")

        self.startRow.addWidget(self.togetherButton)

        self.aloneButton = QPushButton(self.scrollContents)
        self.aloneButton.setObjectName(u"aloneButton")

        self.startRow.addWidget(self.aloneButton)

        self.startSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.detailLayout.addLayout(self.startRow)

        self.readMoreLabel = QLabel(self.scrollContents)
        self.readMoreLabel.setObjectName(u"readMoreLabel")
        self.readMoreLabel.setWordWrap(True)
        self.readMoreLabel.setTextFormat(Qt.TextFormat.RichText)
        self.readMoreLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.detailLayout.addWidget(self.readMoreLabel)

        self.sourcesLabel = QLabel(self.scrollContents)
        self.sourcesLabel.setObjectName(u"sourcesLabel")
        self.sourcesLabel.setWordWrap(True)
        self.sourcesLabel.setProperty(u"role", u"hint")
        self.sourcesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.sourcesLabel)

        self.detailSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.scrollContents)
        self.splitter.addWidget(self.detailScroll)

        self.exercisesLayout.addWidget(self.splitter)

        self.noticeLabel = BodyText(Exercises)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"hint")

        self.exercisesLayout.addWidget(self.noticeLabel)

        self.exercisesLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.whoLabel.setBuddy(self.whoCombo)
        self.timeLabel.setBuddy(self.timeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Exercises)

        QMetaObject.connectSlotsByName(Exercises)
    # setupUi

    def retranslateUi(self, Exercises):
        self.titleLabel.setText(QCoreApplication.translate("Exercises", u"Exercises", None))
        self.returnButton.setText(QCoreApplication.translate("Exercises", u"&Back to the article", None))
        self.categoryLabel.setText(QCoreApplication.translate("Exercises", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("Exercises", u"Kind of exercise", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("Exercises", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.whoCombo.setAccessibleName(QCoreApplication.translate("Exercises", u"Together or alone", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("Exercises", u"T&ime", None))
#if QT_CONFIG(accessibility)
        self.timeCombo.setAccessibleName(QCoreApplication.translate("Exercises", u"How much time you have", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.listView.setAccessibleName(QCoreApplication.translate("Exercises", u"Exercises", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contentNote.setAccessibleName(QCoreApplication.translate("Exercises", u"Content note", None))
#endif // QT_CONFIG(accessibility)
        self.safetyNote.setText(QCoreApplication.translate("Exercises", u"Exercises for two are for partners who feel safe with each other. If you are afraid of your partner, they are not the right tool; Get support now (F1) lists services that can help, in confidence.", None))
        self.togetherButton.setText(QCoreApplication.translate("Exercises", u"Start &together", None))
#if QT_CONFIG(accessibility)
        self.togetherButton.setAccessibleName(QCoreApplication.translate("Exercises", u"Start together", None))
#endif // QT_CONFIG(accessibility)
        self.aloneButton.setText(QCoreApplication.translate("Exercises", u"Start &alone", None))
#if QT_CONFIG(accessibility)
        self.aloneButton.setAccessibleName(QCoreApplication.translate("Exercises", u"Start alone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readMoreLabel.setAccessibleName(QCoreApplication.translate("Exercises", u"Read more", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourcesLabel.setAccessibleName(QCoreApplication.translate("Exercises", u"Sources", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

