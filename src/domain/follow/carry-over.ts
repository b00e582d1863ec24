/**
 * Starting the next assessment from an earlier one (issue #16). The profile comes across; the
 * answers do not (the wizard shows last time's answer through `previousId`, never preselected);
 * every initiative of the earlier plan that is neither done nor dropped comes across once, with
 * its status, dates, note and owner, and stays selected in the new roadmap (`carriedOver`); the
 * KPI figures and measurements continue; the new results compare with the earlier run.
 */
import {
  createAssessment,
  createId,
  EMPTY_PLAN,
  type Assessment,
  type AssessmentPlan,
  type InitiativeProgress,
} from '../assessment/assessment';

/** What the next assessment is started with, besides the earlier one. */
export interface CarryOverInput {
  /** The earlier assessment. */
  readonly earlier: Assessment;
  /** The ids of the initiatives in the earlier plan, as its roadmap shows them. */
  readonly planIds: readonly string[];
  /** The new assessment's name. */
  readonly name: string;
  /** The content version new answers are given against. */
  readonly contentVersion: number;
  readonly now: Date;
  /** The new assessment's id; a random one when absent. */
  readonly id?: string | undefined;
}

/** The organization an assessment is a run of: its link, else its own id (the first run). */
export function getOrganizationId(assessment: Pick<Assessment, 'id' | 'organizationId'>): string {
  return assessment.organizationId ?? assessment.id;
}

/** The initiatives to carry over: in the earlier plan, neither done nor dropped, each once. */
export function getCarriedIds(
  planIds: readonly string[],
  progress: Readonly<Record<string, InitiativeProgress>>,
): string[] {
  return [...new Set(planIds)].filter((id) => {
    const status = Object.hasOwn(progress, id) ? progress[id]?.status : undefined;
    return status !== 'done' && status !== 'dropped';
  });
}

function pick<T>(record: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const id of ids) if (Object.hasOwn(record, id)) kept[id] = record[id] as T;
  return kept;
}

function carryPlan(earlier: Assessment, carried: readonly string[]): AssessmentPlan {
  const plan = earlier.plan ?? EMPTY_PLAN;
  return {
    ...EMPTY_PLAN,
    ambition: plan.ambition,
    targets: plan.targets,
    compareWith: earlier.id,
    ...(plan.channelOrder && { channelOrder: plan.channelOrder }),
    ...(plan.decision && { decision: plan.decision }),
    owners: pick(plan.owners, carried),
    kpis: plan.kpis,
    progress: pick(plan.progress ?? {}, carried),
    measurements: plan.measurements ?? {},
    carriedOver: carried,
  };
}

/** The next assessment of the earlier one's organization, with its unfinished work. */
export function carryOver(input: CarryOverInput): Assessment {
  const { earlier } = input;
  const fresh = createAssessment(
    {
      name: input.name,
      organization: earlier.organization,
      assessor: earlier.assessor,
      contentVersion: input.contentVersion,
      mode: earlier.mode,
    },
    input.now,
    input.id ?? createId(),
  );
  const carried = getCarriedIds(input.planIds, earlier.plan?.progress ?? {});
  return {
    ...fresh,
    profile: earlier.profile,
    plan: carryPlan(earlier, carried),
    organizationId: getOrganizationId(earlier),
    previousId: earlier.id,
  };
}
