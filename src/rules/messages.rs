//! The ids of everything an outcome says: reasons, obligations and documents. Each is worded
//! in the translation files under `reason.<id>`, `obligation.<id>` and `document.<id>`.

use super::ids::id_enum;
use super::sources::SourceId;

id_enum! {
    /// One statement in the explanation of an outcome.
    pub enum ReasonId {
        AstanaHubUncertain => "astana_hub_uncertain",
        BusinessImmigrantNoPermit => "business_immigrant_no_permit",
        BusinessImmigrantOnlyBusiness => "business_immigrant_only_business",
        BusinessVisaCategory => "business_visa_category",
        BusinessVisaMultipleEntryUnconfirmed => "business_visa_multiple_entry_unconfirmed",
        BusinessVisaNoEmployment => "business_visa_no_employment",
        BusinessVisaStayFits => "business_visa_stay_fits",
        BusinessVisaStayTooLong => "business_visa_stay_too_long",
        Cat4NoExtension => "cat_4_no_extension",
        EaeuHasResidencePermit => "eaeu_has_residence_permit",
        EmployerBanAfterIllegalHire => "employer_ban_after_illegal_hire",
        EaeuNoLabourMarketTest => "eaeu_no_labour_market_test",
        EaeuNoWorkPermit => "eaeu_no_work_permit",
        EaeuStay90In180 => "eaeu_stay_90_in_180",
        EaeuDaysLeft => "eaeu_days_left",
        EaeuStayAtLimit => "eaeu_stay_at_limit",
        EaeuStayExceeded => "eaeu_stay_exceeded",
        EaeuVisitNoContract => "eaeu_visit_no_contract",
        EaeuTrpToStayLonger => "eaeu_trp_to_stay_longer",
        EntryRegimeNotConfirmed => "entry_regime_not_confirmed",
        ExemptAifcStaff => "exempt_aifc_staff",
        ExemptAsylumSeeker => "exempt_asylum_seeker",
        ExemptAtaZholy => "exempt_ata_zholy",
        ExemptBranchHead => "exempt_branch_head",
        ExemptForeignOwnedHead => "exempt_foreign_owned_head",
        ExemptionListNotFullyRead => "exemption_list_not_fully_read",
        OneHeadOneDeputy => "one_head_one_deputy",
        ExemptHumanitarian => "exempt_humanitarian",
        ExemptKandas => "exempt_kandas",
        ExemptNonCustodialSentence => "exempt_non_custodial_sentence",
        ExemptRefugee => "exempt_refugee",
        ExemptSezProject => "exempt_sez_project",
        ExemptTraffickingVictim => "exempt_trafficking_victim",
        ExemptionOnlyForThisJob => "exemption_only_for_this_job",
        ExemptionOnlyForThisJobTrp => "exemption_only_for_this_job_trp",
        ExtensionAllowed => "extension_allowed",
        ExtensionCat1 => "extension_cat_1",
        ExtensionLimitReached => "extension_limit_reached",
        FamilyVisaNoWork => "family_visa_no_work",
        IctNotWtoMember => "ict_not_wto_member",
        IctPositionEligible => "ict_position_eligible",
        IctRatioBreached => "ict_ratio_breached",
        IctRatioMet => "ict_ratio_met",
        IctSkilledWorkersExcluded => "ict_skilled_workers_excluded",
        IctTenureMet => "ict_tenure_met",
        IctTenureShort => "ict_tenure_short",
        IctTermsAndFee => "ict_terms_and_fee",
        IctExtensionAllowed => "ict_extension_allowed",
        IctExtensionLimitReached => "ict_extension_limit_reached",
        IctTermsNotKnown => "ict_terms_not_known",
        EaeuStayOverLimit => "eaeu_stay_over_limit",
        EntryRegimeNotYetInForce => "entry_regime_not_yet_in_force",
        EaeuOverstayWhatToDo => "eaeu_overstay_what_to_do",
        LabourImmigrantTaxNotKnown => "labour_immigrant_tax_not_known",
        IctVacancyPostingUncertain => "ict_vacancy_posting_uncertain",
        IctWtoMember => "ict_wto_member",
        InvestorHeadPermitUnconfirmed => "investor_head_permit_unconfirmed",
        InvestorOtherRoleNeedsPermit => "investor_other_role_needs_permit",
        InvestorVisa => "investor_visa",
        KazakhCitizenNotForeigner => "kazakh_citizen_not_foreigner",
        LabourMarketTestBeforeOrder93 => "labour_market_test_before_order_93",
        LabourImmigrantNeedsVisaFreeEntry => "labour_immigrant_needs_visa_free_entry",
        LabourImmigrantNoTreaty => "labour_immigrant_no_treaty",
        LabourImmigrantTreatyTooShort => "labour_immigrant_treaty_too_short",
        LabourImmigrantTerms => "labour_immigrant_terms",
        LabourImmigrantVisaFree => "labour_immigrant_visa_free",
        NoVisaFreeRegime => "no_visa_free_regime",
        NotExemptCompanyNotForeignOwned => "not_exempt_company_not_foreign_owned",
        NotExemptDeputySlotTaken => "not_exempt_deputy_slot_taken",
        NotExemptSezProjectNotListed => "not_exempt_sez_project_not_listed",
        PaidWorkNeedsPermit => "paid_work_needs_permit",
        PermanentResidentWorksFreely => "permanent_resident_works_freely",
        PenaltiesForWorkWithoutPermit => "penalties_for_work_without_permit",
        PermitCategory => "permit_category",
        PermitFeeUncertain => "permit_fee_uncertain",
        PermitRegionAndEmployer => "permit_region_and_employer",
        PermitRequired => "permit_required",
        QuotaOfYear => "quota_of_year",
        RatioBreached => "ratio_breached",
        RatioExemptSmallBranch => "ratio_exempt_small_branch",
        RatioExemptSmallBusiness => "ratio_exempt_small_business",
        RatioExemptSmallBusinessAnySize => "ratio_exempt_small_business_any_size",
        RatioMet => "ratio_met",
        SeasonalFee => "seasonal_fee",
        SeasonalPermit => "seasonal_permit",
        SeedBusinessVisaCodes => "seed_business_visa_codes",
        SeedC2Code => "seed_c2_code",
        SeedC3Validity => "seed_c3_validity",
        SeedC5Code => "seed_c5_code",
        SeedC6Code => "seed_c6_code",
        SeedContractDiploma => "seed_contract_diploma",
        SeedEaeuConfirmed => "seed_eaeu_confirmed",
        SeedHighlyQualified => "seed_highly_qualified",
        SeedInvestorExemption => "seed_investor_exemption",
        SeedLocalCandidates => "seed_local_candidates",
        SeedMentoringConfirmed => "seed_mentoring_confirmed",
        SeedQuotaConfirmed => "seed_quota_confirmed",
        SeedResidencePermitRight => "seed_residence_permit_right",
        SelfEmploymentInDemandList => "self_employment_in_demand_list",
        SelfEmploymentTerms => "self_employment_terms",
        TemporaryPermitNoRightToWork => "temporary_permit_no_right_to_work",
        TrainingVisaUncertain => "training_visa_uncertain",
        VacancyPosted => "vacancy_posted",
        VacancyPostingFirst => "vacancy_posting_first",
        ValidityCat1 => "validity_cat_1",
        ValidityCat23 => "validity_cat_23",
        ValidityCat4 => "validity_cat_4",
        VisaFreeExcludesServices => "visa_free_excludes_services",
        VisaFreeLimitUnconfirmed => "visa_free_limit_unconfirmed",
        VisaFreeNoWorkAllowed => "visa_free_no_work_allowed",
        VisaFreeRollingLimit => "visa_free_rolling_limit",
        VisaFreeStayFits => "visa_free_stay_fits",
        VisaFreeStayTooLong => "visa_free_stay_too_long",
        VisaRequiredCheckConsulate => "visa_required_check_consulate",
        VisaRequiredEVisaPossible => "visa_required_evisa_possible",
        VisitExcludesPaidWork => "visit_excludes_paid_work",
        WorkVisaC3 => "work_visa_c3",
        WorkVisaC3NoPermit => "work_visa_c3_no_permit",
        NeoNomadNotYet => "neo_nomad_not_yet",
        NeoNomadIncomeMet => "neo_nomad_income_met",
        NeoNomadIncomeShort => "neo_nomad_income_short",
        NeoNomadTerms => "neo_nomad_terms",
        NeoNomadNoLocalWork => "neo_nomad_no_local_work",
        NeoNomadInvitation => "neo_nomad_invitation",
        DigitalNomadResidencyPilot => "digital_nomad_residency_pilot",
        PermitInsteadOfClosedRoute => "permit_instead_of_closed_route",
        WayForwardRatio => "way_forward_ratio",
        WayForwardNewPermit => "way_forward_new_permit",
        WayForwardReplaceWorker => "way_forward_replace_worker",
        NoOtherRouteForHouseholdWork => "no_other_route_for_household_work",
        NoOtherRouteForRemoteWork => "no_other_route_for_remote_work",
        MciOfYear => "mci_of_year",
        MciNotKnown => "mci_not_known",
        QuotaNotInRules => "quota_not_in_rules",
        LabourImmigrantAdvanceTax => "labour_immigrant_advance_tax",
        EmployerFineForIllegalHire => "employer_fine_for_illegal_hire",
        QualificationRequirements => "qualification_requirements",
        RegionalQuotaCheck => "regional_quota_check",
        WorkVisaInKazakhstan => "work_visa_in_kazakhstan",
        ResidencePermitInsteadOfVisa => "residence_permit_instead_of_visa",
        ResidencePermitUnconfirmed => "residence_permit_unconfirmed",
        SeasonalResidencePermitUnconfirmed => "seasonal_residence_permit_unconfirmed",
        RatioToCheck => "ratio_to_check",
        RatioExemptionToCheck => "ratio_exemption_to_check",
        RatioExemptionToCheckAnySize => "ratio_exemption_to_check_any_size",
        RatioRulesNotKnown => "ratio_rules_not_known",
        RatioBreachedUnlessExempt => "ratio_breached_unless_exempt",
        VacancyPostingToCheck => "vacancy_posting_to_check",
        HeadsExemptionToCheck => "heads_exemption_to_check",
        SezProjectToCheck => "sez_project_to_check",
        IctRatioToCheck => "ict_ratio_to_check",
    }
}

impl ReasonId {
    /// A statement that cannot wait: the result says it first, in an urgent style.
    pub const fn is_urgent(self) -> bool {
        use ReasonId::*;
        matches!(self, EaeuDaysLeft | EaeuStayAtLimit | EaeuStayExceeded)
    }

    /// A statement of what the employer must check because the visitor did not know an answer.
    pub const fn is_to_check(self) -> bool {
        use ReasonId::*;
        matches!(
            self,
            RatioToCheck
                | RatioExemptionToCheck
                | RatioExemptionToCheckAnySize
                | RatioRulesNotKnown
                | RatioBreachedUnlessExempt
                | VacancyPostingToCheck
                | HeadsExemptionToCheck
                | SezProjectToCheck
                | IctRatioToCheck
        )
    }

    /// The published claim the statement answers: the guide's claims the rules were checked
    /// against, confirmed or corrected.
    pub const fn published_claim(self) -> Option<SourceId> {
        use ReasonId::*;
        match self {
            SeedBusinessVisaCodes
            | SeedC2Code
            | SeedC3Validity
            | SeedC5Code
            | SeedC6Code
            | SeedContractDiploma
            | SeedEaeuConfirmed
            | SeedHighlyQualified
            | SeedInvestorExemption
            | SeedLocalCandidates
            | SeedMentoringConfirmed
            | SeedQuotaConfirmed
            | SeedResidencePermitRight => Some(SourceId::PublishedGuide),
            _ => None,
        }
    }
}

id_enum! {
    /// Something the employer or the worker must do.
    pub enum ObligationId {
        ArrivalNotice => "arrival_notice",
        ContractRegistration => "contract_registration",
        EaeuTrpApplication => "eaeu_trp_application",
        FeePayment => "fee_payment",
        IctSpecialCondition => "ict_special_condition",
        Iin => "iin",
        KeepLocalContentRatio => "keep_local_content_ratio",
        MentorAppointment => "mentor_appointment",
        MentorReport => "mentor_report",
        MentoringPeriod => "mentoring_period",
        PermitExtension => "permit_extension",
        PermitNotTransferable => "permit_not_transferable",
        PermitRegionOnly => "permit_region_only",
        QuotaRequest => "quota_request",
        ReplaceSkilledWorker => "replace_skilled_worker",
        TrpAfterEmployerChange => "trp_after_employer_change",
        TrpApplication => "trp_application",
        TrpYearlyReissue => "trp_yearly_reissue",
        IctAgreementRegistration => "ict_agreement_registration",
        VacancyPosting => "vacancy_posting",
        WorkVisaExtension => "work_visa_extension",
        CheckLocalContent => "check_local_content",
        CheckHeadsExemption => "check_heads_exemption",
        CheckSezProject => "check_sez_project",
        CheckIctShare => "check_ict_share",
    }
}

id_enum! {
    /// A document a party must provide.
    pub enum DocumentId {
        BusinessInvitation => "business_invitation",
        CompanyRegistration => "company_registration",
        ConsularFee => "consular_fee",
        CriminalRecordCertificate => "criminal_record_certificate",
        EducationDocuments => "education_documents",
        EmploymentContract => "employment_contract",
        ExemptionProof => "exemption_proof",
        IctHostCompanyLetter => "ict_host_company_letter",
        IctSendingCompanyLetter => "ict_sending_company_letter",
        LocalContentStatement => "local_content_statement",
        MedicalInsurance => "medical_insurance",
        PassportCopy => "passport_copy",
        PassportValidity => "passport_validity",
        PermitApplication => "permit_application",
        Photo => "photo",
        ResidencePermitCard => "residence_permit_card",
        VisaApplicationForm => "visa_application_form",
        VisaInvitation => "visa_invitation",
        WorkExperienceProof => "work_experience_proof",
        BankStatements => "bank_statements",
        TaxReturn => "tax_return",
        TrpApplication => "trp_application",
        HealthInsurance => "health_insurance",
        HousingOwnerConsent => "housing_owner_consent",
        FingerprintRecord => "fingerprint_record",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_on_the_guide_cites_it_and_no_other_does() {
        for id in ReasonId::ALL {
            assert_eq!(
                id.published_claim().is_some(),
                id.as_str().starts_with("seed_"),
                "{id}"
            );
        }
    }
}
