package org.jixiao.report.domain.findings;

import java.util.List;

/**
 * The default 存在问题 → 有关建议 catalogue (REPORTS.md §4). Wording follows the published reports; thresholds are
 * the values those reports and the 53号 framework apply, and a jurisdiction overrides them by storing its own rules.
 */
public final class BuiltInFindingsRules {
    private static final String FRAMEWORK_53 = "《预算绩效评价共性指标体系框架》（财预〔2013〕53号）";
    private static final String TARGETS_88 = "《中央部门预算绩效目标管理办法》（财预〔2015〕88号）";

    private static final List<FindingsRule> RULES = List.of(
            new FindingsRule("budget-adjustment", "adjustmentRate > 5%", Severity.MEDIUM,
                    "预算调整率较高。年初预算${initialBudget:万元}，调整后预算${adjustedBudget:万元}，预算调整率${adjustmentRate:%}，"
                            + "年初预算编制的计划性和准确性有待提升。",
                    "建议部门提高预算编制合理性。将年度重点工作与预算安排相结合，充分结合当年工作计划及历年支出情况合理编制预算，"
                            + "降低预算调整率。",
                    FRAMEWORK_53 + " 预算调整率"),
            new FindingsRule("final-accounts-incomplete", "allSourceExpenditure > actualExpenditure", Severity.HIGH,
                    "决算数据不完整。部门全部支出为${allSourceExpenditure:万元}，决算支出为${actualExpenditure:万元}，"
                            + "未将部门全部资金纳入决算。",
                    "建议提高决算数据准确性，提前做好决算编审的各项准备工作，积极与财政对账，使决算全面反映部门年度收支结果。",
                    "《中华人民共和国预算法》第七十五条；《中华人民共和国预算法实施条例》第八十三条"),
            new FindingsRule("missing-timeliness", "missingTimelinessCount > 0", Severity.MEDIUM,
                    "部门整体绩效目标编制不全面。${missingTimelinessProjects}等${missingTimelinessCount}个项目均未设置“时效指标”。",
                    "建议按产出数量、质量、时效、成本完整设置项目绩效指标，补齐时效指标。",
                    TARGETS_88),
            new FindingsRule("vague-targets", "vagueTargetCount > 0", Severity.LOW,
                    "绩效指标不够细化、量化。${vagueTargets}等${vagueTargetCount}项指标仅以定性表述设定目标值，难以衡量完成情况。",
                    "建议合理设定明确或可量化的绩效目标，做到指标清晰、可衡量、可实现。",
                    TARGETS_88),
            new FindingsRule("result-application", "resultApplicationRate < 80%", Severity.MEDIUM,
                    "未对评价结果进行有效运用，评价结果应用率为${resultApplicationRate:%}，评价工作流于形式。",
                    "建议针对评价发现的问题制定整改计划并及时整改，将评价结果作为以后年度预算安排的重要依据。",
                    "《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）"),
            new FindingsRule("unmet-targets", "unmetTargetCount > 0", Severity.MEDIUM,
                    "部分绩效目标未完成（${unmetTargetCount}项）：${unmetTargets}。",
                    "建议加强绩效运行监控，对绩效目标完成进度滞后的及时采取措施；目标确需调整的，按程序及时调整绩效目标。",
                    "《项目支出绩效评价管理办法》（财预〔2020〕10号）"),
            new FindingsRule("self-score-inflated", "selfScoreOverstatement > 1", Severity.MEDIUM,
                    "自评结果与数据不符。${inflatedNodes}的自评得分高于按数据复核的得分，最大相差${selfScoreOverstatement}分。",
                    "建议依据实际数据如实开展自评，逐项核对评分依据，确保自评结果真实、准确。",
                    "《项目支出绩效评价管理办法》（财预〔2020〕10号）"),
            new FindingsRule("carry-over", "carryOverRate > 5%", Severity.LOW,
                    "结转结余偏高，结转结余率为${carryOverRate:%}，资金使用效率有待提高。",
                    "建议加快预算执行进度，及时清理结转结余资金，提高资金使用效益。",
                    FRAMEWORK_53 + " 结转结余率"),
            new FindingsRule("three-public-overspend", "threePublicControlRate > 100%", Severity.HIGH,
                    "三公经费超预算，三公经费控制率为${threePublicControlRate:%}。",
                    "建议严格执行三公经费预算，从严控制因公出国（境）、公务用车购置及运行和公务接待支出。",
                    FRAMEWORK_53 + " 三公经费控制率"),
            new FindingsRule("asset-inventory", "assetInventoryCount < 1", Severity.MEDIUM,
                    "资产管理不规范，本年度未进行固定资产清查盘点，无法确定是否存在因管理不当发生资产损失和丢失的情况。",
                    "建议财务部门和资产管理部门定期对固定资产进行清查盘点，每年至少一次，确保账账相符、账实相符。",
                    "《关于加强行政事业单位固定资产管理的通知》（财资〔2020〕97号）"),
            new FindingsRule("low-execution", "executionRate < 90%", Severity.MEDIUM,
                    "预算执行率偏低，预算执行率为${executionRate:%}，资金未能按计划使用。",
                    "建议加强预算执行监控，按进度拨付和使用资金，提高预算执行率。",
                    FRAMEWORK_53 + " 预算执行率"),
            new FindingsRule("execution-exceeds-budget", "executionRate > 100%", Severity.MEDIUM,
                    "实际支出超出调整后预算，预算执行率为${executionRate:%}，预算约束力不强。",
                    "建议严格按照批准的预算安排支出，确需追加的，按规定程序调整预算。",
                    "《中华人民共和国预算法》第十三条"));

    private BuiltInFindingsRules() {
    }

    public static List<FindingsRule> all() {
        return RULES;
    }
}
