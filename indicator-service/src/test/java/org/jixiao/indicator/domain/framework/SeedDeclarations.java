package org.jixiao.indicator.domain.framework;

import static org.jixiao.indicator.domain.framework.IndicatorCategory.ACTIVITY;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.BUDGET_EXECUTION;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.COST;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.GOAL_GROUP;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.INPUT;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.OUTCOME;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.OUTPUT;
import static org.jixiao.indicator.domain.framework.IndicatorCategory.SATISFACTION;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.ECONOMIC;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.ECONOMIC_COST;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.ENVIRONMENTAL;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.QUALITY;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.QUANTITY;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.SOCIAL;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.SUSTAINABILITY;
import static org.jixiao.indicator.domain.framework.IndicatorSubCategory.TIMELINESS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.indicator.domain.target.Direction;

/**
 * The declarations of seeds 002, 003 and 004 typed in as trees (names, targets, weights exactly as printed).
 * Weights of 一级/二级 nodes are not printed in the seeds; they are the sums of their leaves.
 */
public final class SeedDeclarations {

    private SeedDeclarations() {
    }

    // ------------------------------------------------------------------ builders

    /** A heading whose weight is the sum of its children's (null when any child has none). */
    static IndicatorDefinition heading(String code, String name, int level, IndicatorCategory category,
            IndicatorSubCategory subCategory, IndicatorDefinition... children) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorDefinition child : children) {
            sum = child.weight() == null || sum == null ? null : sum.add(child.weight());
        }
        return IndicatorDefinition.builder(code, name).level(level).weight(sum).category(category)
                .subCategory(subCategory).children(List.of(children)).build();
    }

    static IndicatorDefinition leaf(String code, String name, String weight, String target, ScoringMethod method) {
        return IndicatorDefinition.builder(code, name).level(3).weight(weight).target(target).scoringMethod(method)
                .origin(IndicatorOrigin.SPECIFIC).dataBinding("manual").build();
    }

    private static final ScoringMethod GE = ScoringMethod.RATIO_AT_LEAST;
    private static final ScoringMethod LE = ScoringMethod.RATIO_AT_MOST;
    private static final ScoringMethod BIN = ScoringMethod.BINARY;
    private static final ScoringMethod ZERO = ScoringMethod.ZERO_TOLERANCE;
    private static final ScoringMethod RANK = ScoringMethod.RANK_WITHIN;
    private static final ScoringMethod SAT = ScoringMethod.SATISFACTION;

    // ------------------------------------------------------------------ seed 004 豹澥街道 (scored, 100 points)

    /** Seed 004 附件 1: 预算执行 (20) and 年度目标 1–4 (11, 20, 23, 26), 54 scored targets. */
    public static List<IndicatorDefinition> seed004() {
        IndicatorDefinition budget = IndicatorDefinition.builder("B", "部门整体支出预算执行率").level(0).weight("20")
                .category(BUDGET_EXECUTION).scoringMethod(ScoringMethod.EXECUTION_RATE)
                .dataBinding("budget:executionRate").build();
        IndicatorDefinition goal1 = heading("G1", "加大拆迁工作力度, 协调保障各项目建设", 0, GOAL_GROUP, null,
                heading("G1.O", "产出指标", 1, OUTPUT, null,
                        heading("G1.O.N", "数量指标", 2, null, QUANTITY,
                                leaf("G1.1", "拆迁房屋目标完成率", "1.00", "≥80%", GE),
                                leaf("G1.2", "推进重点项目拆迁点位", "1.00", "30 个", GE),
                                leaf("G1.3", "协调保障新开工项目个数", "1.00", "30 个", GE),
                                leaf("G1.4", "有效供净地目标完成率", "1.00", "≥80%", GE),
                                leaf("G1.5", "违法建设查处率", "1.00", "100%", GE)),
                        heading("G1.O.Q", "质量指标", 2, null, QUALITY,
                                leaf("G1.6", "拆迁工作整体完成情况全区排名", "1.00", "前三", RANK)),
                        heading("G1.O.T", "时效指标", 2, null, TIMELINESS,
                                leaf("G1.7", "违法建设查处及时率", "1.00", "100%", GE))),
                heading("G1.E", "效益指标", 1, OUTCOME, null,
                        heading("G1.E.S", "社会效益指标", 2, null, SOCIAL,
                                leaf("G1.8", "拆迁工作上访人次", "1.00", "≤10 人次", LE),
                                leaf("G1.9", "违法建设案件", "1.00", "不断减少", BIN)),
                        heading("G1.E.E", "环境效益指标", 2, null, ENVIRONMENTAL,
                                leaf("G1.10", "拆迁、建设工作环保督查覆盖率", "1.00", "100%", GE)),
                        heading("G1.E.U", "可持续影响指标", 2, null, SUSTAINABILITY,
                                leaf("G1.11", "保障重点项目开工建设", "1.00", "效果良好", BIN))));
        IndicatorDefinition goal2 = heading("G2", "大力推进社会综合治理、信访维稳及安全生产工作，维护社会安全稳定", 0,
                GOAL_GROUP, null,
                heading("G2.O", "产出指标", 1, OUTPUT, null,
                        heading("G2.O.N", "数量指标", 2, null, QUANTITY,
                                leaf("G2.1", "市长专线、城市留言板等阳光信访受理率", "1.50", "100%", GE),
                                leaf("G2.2", "普法宣传培训", "1.00", "4 次", GE),
                                leaf("G2.3", "信访接待", "1.00", "每周一次", BIN),
                                leaf("G2.4", "开展安全生产专项整治活动", "1.50", "4 次", GE),
                                leaf("G2.5", "各类安全隐患处置率", "1.50", "100%", GE)),
                        heading("G2.O.Q", "质量指标", 2, null, QUALITY,
                                leaf("G2.6", "社会综合治理考核结果", "1.50", "通过考核", BIN),
                                leaf("G2.7", "信访案件办结率", "1.50", "≥80%", GE)),
                        heading("G2.O.T", "时效指标", 2, null, TIMELINESS,
                                leaf("G2.8", "市长专线、城市留言板等阳光信访办结率", "1.00", "90%", GE))),
                heading("G2.E", "效益指标", 1, OUTCOME, null,
                        heading("G2.E.S", "社会效益指标", 2, null, SOCIAL,
                                leaf("G2.9", "影响恶劣的大规模群体性事件", "1.50", "0起", ZERO),
                                leaf("G2.10", "各类安全生产事故", "1.50", "0起", ZERO)),
                        heading("G2.E.E", "环境效益指标", 2, null, ENVIRONMENTAL,
                                leaf("G2.11", "重大环境污染事故", "1.50", "0起", ZERO)),
                        heading("G2.E.U", "可持续影响指标", 2, null, SUSTAINABILITY,
                                leaf("G2.12", "街道法治水平", "1.50", "不断提升", BIN),
                                leaf("G2.13", "安全生产责任意识", "1.50", "深入人心", BIN),
                                leaf("G2.14", "居民安全感", "1.50", "不断提升", BIN))),
                heading("G2.S", "满意度指标", 1, SATISFACTION, null,
                        heading("G2.S.S", "服务对象满意度指标", 2, null, null,
                                leaf("G2.15", "居民对社会安全稳定满意度", "0.50", "≥80%", SAT))));
        IndicatorDefinition goal3 = heading("G3", "优化市容市貌，提升城市品质，推动文明创建和卫生城市复审工作", 0,
                GOAL_GROUP, null,
                heading("G3.O", "产出指标", 1, OUTPUT, null,
                        heading("G3.O.N", "数量指标", 2, null, QUANTITY,
                                leaf("G3.1", "道路清扫保洁", "1.50", "64条", GE),
                                leaf("G3.2", "新建公厕", "1.50", "2座", GE),
                                leaf("G3.3", "公厕维护", "1.50", "5座", GE),
                                leaf("G3.4", "地埋站维护", "1.50", "7座", GE),
                                leaf("G3.5", "环境综合整治值守点值守率", "1.50", "100%", GE),
                                leaf("G3.6", "桥梁升级改造", "2.00", "6座", GE),
                                leaf("G3.7", "河湖保护", "2.00", "9条湖溪，水域总面积20平方公里，岸线总长135公里", BIN)),
                        heading("G3.O.Q", "质量指标", 2, null, QUALITY,
                                leaf("G3.8", "大城管考核排名", "2.00", "全区前三", RANK)),
                        heading("G3.O.T", "时效指标", 2, null, TIMELINESS,
                                leaf("G3.9", "各类投诉、上访处理及时率", "1.50", "100%", GE))),
                heading("G3.E", "效益指标", 1, OUTCOME, null,
                        heading("G3.E.S", "社会效益指标", 2, null, SOCIAL,
                                leaf("G3.10", "违法乱建案件", "1.50", "逐年减少", BIN),
                                leaf("G3.11", "垃圾分类知识", "1.00", "不断普及", BIN)),
                        heading("G3.E.E", "环境效益指标", 2, null, ENVIRONMENTAL,
                                leaf("G3.12", "辖区水体质量", "1.00", "得到改善", BIN)),
                        heading("G3.E.U", "可持续影响指标", 2, null, SUSTAINABILITY,
                                leaf("G3.13", "卫生城市复审", "2.00", "通过考核", BIN),
                                leaf("G3.14", "文明创建工作", "2.00", "通过考核", BIN))),
                heading("G3.S", "满意度指标", 1, SATISFACTION, null,
                        heading("G3.S.S", "服务对象满意度指标", 2, null, null,
                                leaf("G3.15", "居民环境卫生满意度", "0.50", "≥80%", SAT))));
        IndicatorDefinition goal4 = heading("G4", "聚焦民情民意，增进民生福祉", 0, GOAL_GROUP, null,
                heading("G4.O", "产出指标", 1, OUTPUT, null,
                        heading("G4.O.N", "数量指标", 2, null, QUANTITY,
                                leaf("G4.1", "举办招聘会场次", "2.00", "2 场次", GE),
                                leaf("G4.2", "新增就业岗位", "2.50", "800 个", GE),
                                leaf("G4.3", "“互联网+居家养老”服务网点建设", "2.50", "1 处", GE),
                                leaf("G4.4", "八叠山公墓维护", "2.00", "2 次", GE),
                                leaf("G4.5", "涉军群体慰问", "2.00", "2 次", GE),
                                leaf("G4.6", "新增养老床位", "2.00", "50 张", GE)),
                        heading("G4.O.Q", "质量指标", 2, null, QUALITY,
                                leaf("G4.7", "城市低保保障率", "2.00", "100%", GE),
                                leaf("G4.8", "五保户集中供养率", "2.50", "100%", GE)),
                        heading("G4.O.T", "时效指标", 2, null, TIMELINESS,
                                leaf("G4.9", "各种抚恤补助资金发放及时率", "1.50", "100%", GE))),
                heading("G4.E", "效益指标", 1, OUTCOME, null,
                        heading("G4.E.S", "社会效益指标", 2, null, SOCIAL,
                                leaf("G4.10", "就业综合指数", "2.50", "≥85分", GE),
                                leaf("G4.11", "还建社区基础配套设施", "2.00", "不断完善", BIN)),
                        heading("G4.E.U", "可持续影响指标", 2, null, SUSTAINABILITY,
                                leaf("G4.12", "居民幸福感", "2.00", "不断提升", BIN))),
                heading("G4.S", "满意度指标", 1, SATISFACTION, null,
                        heading("G4.S.S", "服务对象满意度指标", 2, null, null,
                                leaf("G4.13", "居民对民生工作的满意度", "0.50", "≥80%", SAT))));
        return List.of(budget, goal1, goal2, goal3, goal4);
    }

    // ------------------------------------------------------------------ seed 003 劲松街道 (activities, 100 points)

    private static IndicatorDefinition column(String code, String name, String nature, String value, String unit,
            String weight) {
        Direction direction = switch (nature) {
            case "≥" -> Direction.AT_LEAST;
            case "≤" -> Direction.AT_MOST;
            case "＝" -> Direction.EQUALS;
            default -> Direction.QUALITATIVE;
        };
        ScoringMethod method = switch (direction) {
            case AT_LEAST -> name.contains("满意度") ? SAT : GE;
            case AT_MOST -> LE;
            case EQUALS -> ScoringMethod.EQUALS;
            case QUALITATIVE -> ScoringMethod.GRADE;
        };
        return IndicatorDefinition.builder(code, name).level(3).weight(weight).direction(direction).target(value)
                .measureUnit(unit.isEmpty() ? null : unit).scoringMethod(method).origin(IndicatorOrigin.SPECIFIC)
                .build();
    }

    /** Seed 003 年度绩效指标: four activities (24 + 24 + 29 + 23 = 100), targets in three columns. */
    public static List<IndicatorDefinition> seed003() {
        IndicatorDefinition a1 = heading("A1", "04-综合工作/04-其他综合管理工作", 0, ACTIVITY, null,
                heading("A1.O", "产出指标", 1, OUTPUT, null,
                        heading("A1.O.N", "数量指标", 2, null, QUANTITY,
                                column("A1.1", "处理突发事件次数", "≥", "20", "次", "4")),
                        heading("A1.O.Q", "质量指标", 2, null, QUALITY,
                                column("A1.2", "处理突发事件成效", "定性", "优良中低差", "", "4")),
                        heading("A1.O.T", "时效指标", 2, null, TIMELINESS,
                                column("A1.3", "处理突发事件效率", "定性", "高中低", "", "4"))),
                heading("A1.E", "效益指标", 1, OUTCOME, null,
                        heading("A1.E.S", "社会效益指标", 2, null, SOCIAL,
                                column("A1.4", "带来的社会影响", "定性", "优良中低差", "", "4"))),
                heading("A1.S", "满意度指标", 1, SATISFACTION, null,
                        heading("A1.S.S", "服务对象满意度指标", 2, null, null,
                                column("A1.5", "辖区居民满意度", "≥", "90", "%", "4"))),
                heading("A1.C", "成本指标", 1, COST, null,
                        heading("A1.C.E", "经济成本指标", 2, null, ECONOMIC_COST,
                                column("A1.6", "处理突发事件成本", "≤", "1000", "万元", "4"))));
        IndicatorDefinition a2 = heading("A2", "05-党群工作/01-社区党建工作", 0, ACTIVITY, null,
                heading("A2.O", "产出指标", 1, OUTPUT, null,
                        heading("A2.O.N", "数量指标", 2, null, QUANTITY,
                                column("A2.1", "满足居民群众迫切需要提供的各类服务项目", "≥", "50", "项", "4")),
                        heading("A2.O.Q", "质量指标", 2, null, QUALITY,
                                column("A2.2", "居民需求满足度", "定性", "优良中低差", "", "4")),
                        heading("A2.O.T", "时效指标", 2, null, TIMELINESS,
                                column("A2.3", "项目开展进度", "≥", "90", "%", "4"))),
                heading("A2.E", "效益指标", 1, OUTCOME, null,
                        heading("A2.E.S", "社会效益指标", 2, null, SOCIAL,
                                column("A2.4", "满足居民需求的受益人数", "≥", "1000", "人", "4"))),
                heading("A2.S", "满意度指标", 1, SATISFACTION, null,
                        heading("A2.S.S", "服务对象满意度指标", 2, null, null,
                                column("A2.5", "辖区居民满意度", "≥", "90", "%", "4"))),
                heading("A2.C", "成本指标", 1, COST, null,
                        heading("A2.C.E", "经济成本指标", 2, null, ECONOMIC_COST,
                                column("A2.6", "开展各项活动的人材机成本", "≤", "680", "万元", "4"))));
        IndicatorDefinition a3 = heading("A3", "06-城市管理工作/01-绿化保洁环境管理工作", 0, ACTIVITY, null,
                heading("A3.O", "产出指标", 1, OUTPUT, null,
                        heading("A3.O.N", "数量指标", 2, null, QUANTITY,
                                column("A3.1", "保洁面积", "≥", "121057.86", "平方米", "3"),
                                column("A3.2", "绿化面积", "≥", "205602.67", "平方米", "3")),
                        heading("A3.O.Q", "质量指标", 2, null, QUALITY,
                                column("A3.3", "保洁率", "＝", "100", "%", "4"),
                                column("A3.4", "绿化养护标准", "＝", "3", "级", "4")),
                        heading("A3.O.T", "时效指标", 2, null, TIMELINESS,
                                column("A3.5", "保洁次数", "≥", "2", "次", "3"))),
                heading("A3.E", "效益指标", 1, OUTCOME, null,
                        heading("A3.E.S", "社会效益指标", 2, null, SOCIAL,
                                column("A3.6", "环境改善情况", "定性", "优良中低差", "", "4"))),
                heading("A3.S", "满意度指标", 1, SATISFACTION, null,
                        heading("A3.S.S", "服务对象满意度指标", 2, null, null,
                                column("A3.7", "辖区居民满意度", "≥", "90", "%", "4"))),
                heading("A3.C", "成本指标", 1, COST, null,
                        heading("A3.C.E", "经济成本指标", 2, null, ECONOMIC_COST,
                                column("A3.8", "绿化保洁成本", "≤", "5360031", "元", "4"))));
        IndicatorDefinition a4 = heading("A4", "08-社区建设工作/04-其他社区建设工作", 0, ACTIVITY, null,
                heading("A4.O", "产出指标", 1, OUTPUT, null,
                        heading("A4.O.N", "数量指标", 2, null, QUANTITY,
                                column("A4.1", "装修社区数量", "＝", "2", "个", "4")),
                        heading("A4.O.Q", "质量指标", 2, null, QUALITY,
                                column("A4.2", "装修质量", "定性", "优良中低差", "", "4")),
                        heading("A4.O.T", "时效指标", 2, null, TIMELINESS,
                                column("A4.3", "装修时间", "≤", "1", "年", "4"))),
                heading("A4.E", "效益指标", 1, OUTCOME, null,
                        heading("A4.E.S", "社会效益指标", 2, null, SOCIAL,
                                column("A4.4", "给居民提供良好环境", "定性", "优良中低差", "", "4"))),
                heading("A4.S", "满意度指标", 1, SATISFACTION, null,
                        heading("A4.S.S", "服务对象满意度指标", 2, null, null,
                                column("A4.5", "社区居民满意度", "≥", "90", "%", "4"))),
                heading("A4.C", "成本指标", 1, COST, null,
                        heading("A4.C.E", "经济成本指标", 2, null, ECONOMIC_COST,
                                column("A4.6", "装修成本", "≤", "114", "万元", "3"))));
        return List.of(a1, a2, a3, a4);
    }

    // ------------------------------------------------------------------ seed 002 杜岭街道 (declaration, no weights)

    private static IndicatorDefinition declared(String code, String name, String target) {
        return IndicatorDefinition.builder(code, name).level(3).target(target).origin(IndicatorOrigin.COMMON).build();
    }

    /** Seed 002 整体支出绩效目标申报表: 31 targets, no 时效 indicator, 4 vague 提升/提高 targets. */
    public static List<IndicatorDefinition> seed002() {
        List<IndicatorDefinition> top = new ArrayList<>();
        top.add(heading("I", "投入管理指标", 1, INPUT, null,
                heading("I.1", "工作目标管理", 2, null, null,
                        declared("I.1.1", "年度履职目标相关性", "相关"),
                        declared("I.1.2", "工作任务科学性", "科学"),
                        declared("I.1.3", "绩效指标合理性", "合理")),
                heading("I.2", "预算和财务管理", 2, null, null,
                        declared("I.2.1", "预算编制完整性", "完整"),
                        declared("I.2.2", "专项资金细化率", ">=99%"),
                        declared("I.2.3", "预算执行率", ">=90%"),
                        declared("I.2.4", "预算调整率", "<=5%"),
                        declared("I.2.5", "结转结余率", "<=5%"),
                        declared("I.2.6", "“三公经费”控制率", "<=100%"),
                        declared("I.2.7", "政府采购执行率", ">=90%"),
                        declared("I.2.8", "决算真实性", "真实"),
                        declared("I.2.9", "资金使用合规性", "合规"),
                        declared("I.2.10", "管理制度健全性", "健全"),
                        declared("I.2.11", "预决算信息公开性", "及时完整"),
                        declared("I.2.12", "资产管理规范性", "规范")),
                heading("I.3", "绩效管理", 2, null, null,
                        declared("I.3.1", "绩效监控完成率", "=100%"),
                        declared("I.3.2", "绩效自评完成率", "=100%"),
                        declared("I.3.3", "部门绩效评价完成率", "=100%"),
                        declared("I.3.4", "评价结果应用率", ">=80%"))));
        top.add(heading("O", "产出指标", 1, OUTPUT, null,
                heading("O.1", "重点工作完成", 2, null, null,
                        declared("O.1.1", "环境综合整治完成率", "达标"),
                        declared("O.1.2", "信访维稳工作完成率", "达标"),
                        declared("O.1.3", "平安建设工作完成率", "达标"),
                        declared("O.1.4", "党建工作完成率", "=100%")),
                heading("O.2", "履职目标实现", 2, null, null,
                        declared("O.2.1", "加大环境保护力度,提升城市管理水平实现率", "达标"),
                        declared("O.2.2", "持续抓好招商引资实现率", "达标"),
                        declared("O.2.3", "夯实综合治理工作,提升社会治理水平实现率", "提升"),
                        declared("O.2.4", "切实加强民生保护,致力发展社会事业实现率", "提高"))));
        top.add(heading("E", "效益指标", 1, OUTCOME, null,
                heading("E.1", "履职效益", 2, null, null,
                        declared("E.1.1", "经济效益", "提高"),
                        declared("E.1.2", "社会效益", "提高")),
                heading("E.2", "满意度", 2, null, null,
                        declared("E.2.1", "社会公众满意度", "≥90%"),
                        declared("E.2.2", "服务对象满意度", "≥90%"))));
        return top;
    }

    /** Every leaf of a tree, depth first. */
    public static List<IndicatorDefinition> leaves(List<IndicatorDefinition> topLevel) {
        List<IndicatorDefinition> out = new ArrayList<>();
        java.util.Deque<IndicatorDefinition> stack = new java.util.ArrayDeque<>();
        for (int i = topLevel.size() - 1; i >= 0; i--) {
            stack.push(topLevel.get(i));
        }
        while (!stack.isEmpty()) {
            IndicatorDefinition node = stack.pop();
            if (node.isLeaf()) {
                out.add(node);
            }
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(node.children().get(i));
            }
        }
        return out;
    }
}
