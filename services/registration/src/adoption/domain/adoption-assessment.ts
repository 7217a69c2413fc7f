/** 收养评估: child-welfare's assessment of prospective adopters, as received through its event. */
export interface AdoptionAssessment {
  id: string;
  adopterCitizenIds: string[];
  result: 'positive' | 'negative';
  completedOn: string;
}

/** The assessment supports the adoption when it is positive and covers every adopter. */
export function isPositiveFor(assessment: AdoptionAssessment | null, adopterCitizenIds: string[]): boolean {
  return !!assessment && assessment.result === 'positive' && adopterCitizenIds.every((id) => assessment.adopterCitizenIds.includes(id));
}
