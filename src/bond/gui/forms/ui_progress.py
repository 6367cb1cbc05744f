# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText

class Ui_Progress(object):
    def setupUi(self, Progress):
        if not Progress.objectName():
            Progress.setObjectName(u"Progress")
        Progress.resize(760, 560)
        self.progressOuter = QVBoxLayout(Progress)
        self.progressOuter.setObjectName(u"progressOuter")
        self.progressOuter.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(Progress)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.progressLayout = QVBoxLayout(self.scrollContents)
        self.progressLayout.setObjectName(u"progressLayout")
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.progressLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.whoLabel = QLabel(self.scrollContents)
        self.whoLabel.setObjectName(u"whoLabel")

        self.filterRow.addWidget(self.whoLabel)

        self.whoCombo = QComboBox(self.scrollContents)
        self.whoCombo.setObjectName(u"whoCombo")

        self.filterRow.addWidget(self.whoCombo)

        self.rangeLabel = QLabel(self.scrollContents)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.filterRow.addWidget(self.rangeLabel)

        self.rangeCombo = QComboBox(self.scrollContents)
        self.rangeCombo.setObjectName(u"rangeCombo")

        self.filterRow.addWidget(self.rangeCombo)

        self.filterRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterRowSpacer)


        self.progressLayout.addLayout(self.filterRow)

        self.checkinLabel = BodyText(self.scrollContents)
        self.checkinLabel.setObjectName(u"checkinLabel")
        self.checkinLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.checkinLabel)

        self.weeksLabel = BodyText(self.scrollContents)
        self.weeksLabel.setObjectName(u"weeksLabel")
        self.weeksLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.weeksLabel)

        self.practiceLabel = BodyText(self.scrollContents)
        self.practiceLabel.setObjectName(u"practiceLabel")
        self.practiceLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.practiceLabel)

        self.agreementsLabel = BodyText(self.scrollContents)
        self.agreementsLabel.setObjectName(u"agreementsLabel")
        self.agreementsLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.agreementsLabel)

        self.boundariesLabel = BodyText(self.scrollContents)
        self.boundariesLabel.setObjectName(u"boundariesLabel")
        self.boundariesLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.boundariesLabel)

        self.ratingsTitle = QLabel(self.scrollContents)
        self.ratingsTitle.setObjectName(u"ratingsTitle")
        self.ratingsTitle.setProperty(u"role", u"subtitle")

        self.progressLayout.addWidget(self.ratingsTitle)

        self.ratingsHint = BodyText(self.scrollContents)
        self.ratingsHint.setObjectName(u"ratingsHint")
        self.ratingsHint.setWordWrap(True)
        self.ratingsHint.setProperty(u"role", u"hint")

        self.progressLayout.addWidget(self.ratingsHint)

        self.chartHolder = QVBoxLayout()
        self.chartHolder.setObjectName(u"chartHolder")

        self.progressLayout.addLayout(self.chartHolder)

        self.tableCheck = QCheckBox(self.scrollContents)
        self.tableCheck.setObjectName(u"tableCheck")

        self.progressLayout.addWidget(self.tableCheck)

        self.ratingsTable = QTableView(self.scrollContents)
        self.ratingsTable.setObjectName(u"ratingsTable")
        self.ratingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ratingsTable.setMinimumSize(QSize(0, 220))

        self.progressLayout.addWidget(self.ratingsTable)

        self.lockedLabel = BodyText(self.scrollContents)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setWordWrap(True)
        self.lockedLabel.setProperty(u"role", u"hint")

        self.progressLayout.addWidget(self.lockedLabel)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.historyButton = QPushButton(self.scrollContents)
        self.historyButton.setObjectName(u"historyButton")

        self.actionsRow.addWidget(self.historyButton)

        self.actionsRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsRowSpacer)


        self.progressLayout.addLayout(self.actionsRow)

        self.scrollArea.setWidget(self.scrollContents)

        self.progressOuter.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoCombo)
        self.rangeLabel.setBuddy(self.rangeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Progress)

        QMetaObject.connectSlotsByName(Progress)
    # setupUi

    def retranslateUi(self, Progress):
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("Progress", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("Progress", u"How it's going", None))
        self.whoLabel.setText(QCoreApplication.translate("Progress", u"&Whose practice", None))
#if QT_CONFIG(accessibility)
        self.whoCombo.setAccessibleName(QCoreApplication.translate("Progress", u"Whose practice to show", None))
#endif // QT_CONFIG(accessibility)
        self.rangeLabel.setText(QCoreApplication.translate("Progress", u"&Time", None))
#if QT_CONFIG(accessibility)
        self.rangeCombo.setAccessibleName(QCoreApplication.translate("Progress", u"Time span to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkinLabel.setAccessibleName(QCoreApplication.translate("Progress", u"Check-ins", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weeksLabel.setAccessibleName(QCoreApplication.translate("Progress", u"Check-in weeks, oldest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.practiceLabel.setAccessibleName(QCoreApplication.translate("Progress", u"Practice by kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreementsLabel.setAccessibleName(QCoreApplication.translate("Progress", u"Agreements", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boundariesLabel.setAccessibleName(QCoreApplication.translate("Progress", u"Boundaries practised", None))
#endif // QT_CONFIG(accessibility)
        self.ratingsTitle.setText(QCoreApplication.translate("Progress", u"Before and after", None))
        self.ratingsHint.setText(QCoreApplication.translate("Progress", u"Weekly averages of the numbers you gave at the start and end of exercises, from 0 to 10. They are for noticing, not for judging.", None))
        self.tableCheck.setText(QCoreApplication.translate("Progress", u"Show the &numbers as a table", None))
#if QT_CONFIG(accessibility)
        self.ratingsTable.setAccessibleName(QCoreApplication.translate("Progress", u"Weekly ratings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lockedLabel.setAccessibleName(QCoreApplication.translate("Progress", u"Left out", None))
#endif // QT_CONFIG(accessibility)
        self.historyButton.setText(QCoreApplication.translate("Progress", u"See every past &session", None))
#if QT_CONFIG(accessibility)
        self.historyButton.setAccessibleName(QCoreApplication.translate("Progress", u"See every past session", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

