/** The Retention view's metrics (see each file's header for definitions and sources). */
export { retentionByMentoring, retentionByCohort, landmarkLogRankSql, cohortRetentionCurveSql, cohortLogRankSql, type RetentionSplit, type MentoringSplit } from './splits';
export { cumulativeIncidenceByReason, cumulativeIncidenceSql, type CumulativeIncidence, type IncidencePoint } from './cumulativeIncidence';
export { exitsByLevel, exitsByLevelSql, type ExitCount } from './exitsByLevel';
export { logRankSql, logRankTest, type LogRankTest, type LogRankGroup, type LogRankRow } from './logRank';
export { chiSquareSurvival, erfc, regularizedGammaQ, lnGamma } from './chiSquare';
export { numberAtRisk, type AtRiskCount } from './atRisk';
export { ATTRITION_REASONS, COMPETING_EXITS, type ExitReason } from './subjects';
export { RETENTION_METRICS } from './glossary';
