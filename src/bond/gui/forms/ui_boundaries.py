# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'boundaries.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QVBoxLayout, QWidget

from bond.gui.design.body_text import BodyText

class Ui_Boundaries(object):
    def setupUi(self, Boundaries):
        if not Boundaries.objectName():
            Boundaries.setObjectName(u"Boundaries")
        Boundaries.resize(900, 600)
        self.boundariesLayout = QVBoxLayout(Boundaries)
        self.boundariesLayout.setObjectName(u"boundariesLayout")
        self.titleLabel = QLabel(Boundaries)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.boundariesLayout.addWidget(self.titleLabel)

        self.whoRow = QHBoxLayout()
        self.whoRow.setObjectName(u"whoRow")
        self.profileLabel = QLabel(Boundaries)
        self.profileLabel.setObjectName(u"profileLabel")

        self.whoRow.addWidget(self.profileLabel)

        self.profileCombo = QComboBox(Boundaries)
        self.profileCombo.setObjectName(u"profileCombo")

        self.whoRow.addWidget(self.profileCombo)

        self.whoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whoRow.addItem(self.whoSpacer)


        self.boundariesLayout.addLayout(self.whoRow)

        self.privacyHint = BodyText(Boundaries)
        self.privacyHint.setObjectName(u"privacyHint")
        self.privacyHint.setWordWrap(True)
        self.privacyHint.setProperty(u"role", u"hint")

        self.boundariesLayout.addWidget(self.privacyHint)

        self.splitter = QSplitter(Boundaries)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listView = QListView(self.splitter)
        self.listView.setObjectName(u"listView")
        self.listView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listView.setWordWrap(True)
        self.splitter.addWidget(self.listView)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.detailLayout = QVBoxLayout(self.scrollContents)
        self.detailLayout.setObjectName(u"detailLayout")
        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.situationLabel = QLabel(self.scrollContents)
        self.situationLabel.setObjectName(u"situationLabel")
        self.situationLabel.setWordWrap(True)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.situationLabel)

        self.situationEdit = QLineEdit(self.scrollContents)
        self.situationEdit.setObjectName(u"situationEdit")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.situationEdit)

        self.feelingLabel = QLabel(self.scrollContents)
        self.feelingLabel.setObjectName(u"feelingLabel")
        self.feelingLabel.setWordWrap(True)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feelingLabel)

        self.feelingEdit = QLineEdit(self.scrollContents)
        self.feelingEdit.setObjectName(u"feelingEdit")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feelingEdit)

        self.needLabel = QLabel(self.scrollContents)
        self.needLabel.setObjectName(u"needLabel")
        self.needLabel.setWordWrap(True)

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.needLabel)

        self.needEdit = QLineEdit(self.scrollContents)
        self.needEdit.setObjectName(u"needEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.needEdit)

        self.wordsLabel = QLabel(self.scrollContents)
        self.wordsLabel.setObjectName(u"wordsLabel")
        self.wordsLabel.setWordWrap(True)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wordsLabel)

        self.wordsEdit = QLineEdit(self.scrollContents)
        self.wordsEdit.setObjectName(u"wordsEdit")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wordsEdit)

        self.actionLabel = QLabel(self.scrollContents)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QLineEdit(self.scrollContents)
        self.actionEdit.setObjectName(u"actionEdit")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actionEdit)


        self.detailLayout.addLayout(self.fieldsForm)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.saveButton = QPushButton(self.scrollContents)
        self.saveButton.setObjectName(u"saveButton")

        self.editRow.addWidget(self.saveButton)

        self.retireButton = QPushButton(self.scrollContents)
        self.retireButton.setObjectName(u"retireButton")

        self.editRow.addWidget(self.retireButton)

        self.editSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.editSpacer)


        self.detailLayout.addLayout(self.editRow)

        self.usedBox = QGroupBox(self.scrollContents)
        self.usedBox.setObjectName(u"usedBox")
        self.usedForm = QFormLayout(self.usedBox)
        self.usedForm.setObjectName(u"usedForm")
        self.usedForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.noteLabel = QLabel(self.usedBox)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.usedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.usedBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.usedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.ratingLabel = QLabel(self.usedBox)
        self.ratingLabel.setObjectName(u"ratingLabel")
        self.ratingLabel.setWordWrap(True)

        self.usedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.ratingSpin = QSpinBox(self.usedBox)
        self.ratingSpin.setObjectName(u"ratingSpin")
        self.ratingSpin.setMaximum(10)
        self.ratingSpin.setValue(5)

        self.usedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ratingSpin)

        self.usedButton = QPushButton(self.usedBox)
        self.usedButton.setObjectName(u"usedButton")

        self.usedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usedButton)


        self.detailLayout.addWidget(self.usedBox)

        self.statusLabel = BodyText(self.scrollContents)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"hint")

        self.detailLayout.addWidget(self.statusLabel)

        self.detailSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.scrollContents)
        self.splitter.addWidget(self.detailScroll)

        self.boundariesLayout.addWidget(self.splitter)

        self.emptyLabel = BodyText(Boundaries)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.boundariesLayout.addWidget(self.emptyLabel)

        self.unlockRow = QHBoxLayout()
        self.unlockRow.setObjectName(u"unlockRow")
        self.unlockButton = QPushButton(Boundaries)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockRow.addWidget(self.unlockButton)

        self.unlockSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockRow.addItem(self.unlockSpacer)


        self.boundariesLayout.addLayout(self.unlockRow)

        self.boundariesLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.profileLabel.setBuddy(self.profileCombo)
        self.situationLabel.setBuddy(self.situationEdit)
        self.feelingLabel.setBuddy(self.feelingEdit)
        self.needLabel.setBuddy(self.needEdit)
        self.wordsLabel.setBuddy(self.wordsEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.ratingLabel.setBuddy(self.ratingSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Boundaries)

        QMetaObject.connectSlotsByName(Boundaries)
    # setupUi

    def retranslateUi(self, Boundaries):
        self.titleLabel.setText(QCoreApplication.translate("Boundaries", u"My boundaries", None))
        self.profileLabel.setText(QCoreApplication.translate("Boundaries", u"Whose lis&t", None))
#if QT_CONFIG(accessibility)
        self.profileCombo.setAccessibleName(QCoreApplication.translate("Boundaries", u"Whose boundary list", None))
#endif // QT_CONFIG(accessibility)
        self.privacyHint.setText(QCoreApplication.translate("Boundaries", u"Each person has their own list, sealed to them in the vault. A list opens only with its owner's PIN, if they set one in Settings; without a PIN, anyone using Bond here could open it.", None))
#if QT_CONFIG(accessibility)
        self.listView.setAccessibleName(QCoreApplication.translate("Boundaries", u"Boundaries", None))
#endif // QT_CONFIG(accessibility)
        self.situationLabel.setText(QCoreApplication.translate("Boundaries", u"The &situation", None))
#if QT_CONFIG(accessibility)
        self.situationEdit.setAccessibleName(QCoreApplication.translate("Boundaries", u"The situation", None))
#endif // QT_CONFIG(accessibility)
        self.feelingLabel.setText(QCoreApplication.translate("Boundaries", u"How I &feel", None))
#if QT_CONFIG(accessibility)
        self.feelingEdit.setAccessibleName(QCoreApplication.translate("Boundaries", u"How I feel", None))
#endif // QT_CONFIG(accessibility)
        self.needLabel.setText(QCoreApplication.translate("Boundaries", u"What I &need", None))
#if QT_CONFIG(accessibility)
        self.needEdit.setAccessibleName(QCoreApplication.translate("Boundaries", u"What I need", None))
#endif // QT_CONFIG(accessibility)
        self.wordsLabel.setText(QCoreApplication.translate("Boundaries", u"The words I'll use", None))
#if QT_CONFIG(accessibility)
        self.wordsEdit.setAccessibleName(QCoreApplication.translate("Boundaries", u"The words I'll use", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("Boundaries", u"What I'll do if it is &crossed", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("Boundaries", u"What I'll do if it is crossed", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("Boundaries", u"S&ave changes", None))
        self.retireButton.setText(QCoreApplication.translate("Boundaries", u"&Retire", None))
#if QT_CONFIG(accessibility)
        self.retireButton.setAccessibleName(QCoreApplication.translate("Boundaries", u"Retire this boundary", None))
#endif // QT_CONFIG(accessibility)
        self.usedBox.setTitle(QCoreApplication.translate("Boundaries", u"I used this", None))
        self.noteLabel.setText(QCoreApplication.translate("Boundaries", u"How it &went", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("Boundaries", u"How it went", None))
#endif // QT_CONFIG(accessibility)
        self.ratingLabel.setText(QCoreApplication.translate("Boundaries", u"How it felt, &0\u201310 (10 = good)", None))
#if QT_CONFIG(accessibility)
        self.ratingSpin.setAccessibleName(QCoreApplication.translate("Boundaries", u"How it felt from 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.usedButton.setText(QCoreApplication.translate("Boundaries", u"Save \"&I used this\"", None))
        self.emptyLabel.setText(QCoreApplication.translate("Boundaries", u"No boundaries saved yet. The exercise \"Set one boundary\" helps you write one, and it is saved here.", None))
        self.unlockButton.setText(QCoreApplication.translate("Boundaries", u"Enter the P&IN\u2026", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("Boundaries", u"Enter the PIN to open this list", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

