package org.jixiao.indicator.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorOrigin;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.domain.framework.ScoringMethod;
import org.jixiao.indicator.domain.target.Direction;
import org.jixiao.indicator.domain.target.QualitativeKind;
import org.jixiao.indicator.domain.target.TargetParseException;
import org.jixiao.indicator.domain.target.TargetValue;
import org.jixiao.indicator.domain.target.TargetValueParser;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.FrameworkDtos.ParsedTarget;

/**
 * A declaration as the seeds print it: one row per 三级 indicator with its group and categories repeated.
 * {@link Layout#ACTIVITY} is seed 003's 年度绩效指标 table, {@link Layout#GOAL} seed 004's 附件 1 without the
 * columns of actual values and scores.
 */
public final class DeclarationSpreadsheet {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_ROWS = 2_000;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeclarationXlsxLayout",
            description = "ACTIVITY: seed 003's columns (活动 …); GOAL: seed 004's (年度目标 …)")
    public enum Layout {
        ACTIVITY(List.of("活动", "一级指标", "二级指标", "三级指标", "绩效指标性质", "绩效指标值", "绩效度量单位", "权重")),
        GOAL(List.of("年度目标", "一级指标", "二级指标", "三级指标", "年初目标值", "分值"));

        final List<String> headers;

        Layout(List<String> headers) {
            this.headers = headers;
        }
    }

    private DeclarationSpreadsheet() {
    }

    public static byte[] export(List<FrameworkNode> nodes, Layout layout) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("年度绩效指标");
            write(sheet.createRow(0), layout.headers);
            int r = 1;
            for (Placed p : placed(nodes)) {
                FrameworkNode leaf = p.leaf;
                String weight = leaf.weight() == null ? "" : leaf.weight().toPlainString();
                List<String> cells = layout == Layout.ACTIVITY
                        ? List.of(p.group, p.first, p.second, text(leaf.name()), nature(leaf), text(leaf.target()),
                                text(leaf.measureUnit()), weight)
                        : List.of(p.group, p.first, p.second, text(leaf.name()), text(leaf.target()), weight);
                write(sheet.createRow(r++), cells);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows as a tree (codes G1, G1.1, G1.1.1 …); every bad row is reported as {@code rows[n].<column>}. */
    public static List<FrameworkNode> read(byte[] xlsx, Layout layout) {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getLastRowNum() > MAX_ROWS) {
                throw ProblemException.invalid("rows", "ROW_COUNT", "表格须有 1 至 " + MAX_ROWS + " 行指标");
            }
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < layout.headers.size(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("file", "NOT_XLSX", "无法读取 XLSX 文件：" + e.getClass().getSimpleName());
        }
        if (rows.isEmpty() || !rows.get(0).equals(layout.headers)) {
            throw ProblemException.invalid("rows[0]", "HEADER_MISMATCH", "表头应为：" + String.join(" | ", layout.headers));
        }
        return build(rows.subList(1, rows.size()), layout);
    }

    private static List<FrameworkNode> build(List<List<String>> rows, Layout layout) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Map<String, Map<String, List<FrameworkNode>>>> tree = new LinkedHashMap<>();
        int leafNumber = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String at = "rows[" + (i + 1) + "].";
            String name = row.get(3);
            if (name.isEmpty()) {
                errors.add(new FieldError(at + "三级指标", "NAME_EMPTY", "第 " + (i + 2) + " 行缺少三级指标名称"));
                continue;
            }
            String weightText = row.get(layout == Layout.ACTIVITY ? 7 : 5);
            BigDecimal weight = null;
            try {
                weight = new BigDecimal(weightText.replace(",", ""));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(at + layout.headers.get(layout == Layout.ACTIVITY ? 7 : 5), "WEIGHT_INVALID",
                        "第 " + (i + 2) + " 行的分值“" + weightText + "”不是数字"));
            }
            String nature = layout == Layout.ACTIVITY ? row.get(4) : null;
            String value = row.get(layout == Layout.ACTIVITY ? 5 : 4);
            String unit = layout == Layout.ACTIVITY ? row.get(6) : "";
            TargetValue target = null;
            if (!value.isEmpty()) {
                try {
                    target = layout == Layout.ACTIVITY ? TargetValueParser.parseColumns(nature, value, unit)
                            : TargetValueParser.parse(value);
                } catch (TargetParseException e) {
                    errors.add(new FieldError(at + layout.headers.get(layout == Layout.ACTIVITY ? 5 : 4), e.code(),
                            "第 " + (i + 2) + " 行：" + e.getMessage()));
                }
            }
            if (errors.size() > FrameworkTrees.MAX_ERRORS) {
                break;
            }
            leafNumber++;
            ScoringMethod method = method(name, target);
            FrameworkNode leaf = new FrameworkNode("L" + leafNumber, name, 3, weight, null, null,
                    target == null ? null : target.direction(), value.isEmpty() ? null : value,
                    unit.isEmpty() ? null : unit, method, null, null, IndicatorOrigin.SPECIFIC,
                    method == ScoringMethod.EXECUTION_RATE ? "budget:executionRate" : "manual",
                    target == null ? null : ParsedTarget.of(target), List.of());
            tree.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get(1), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get(2), k -> new ArrayList<>()).add(leaf);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(FrameworkTrees.capped(errors));
        }
        if (leafNumber == 0) {
            throw ProblemException.invalid("rows", "ROW_COUNT", "表格中没有任何指标");
        }
        return assemble(tree, layout);
    }

    private static List<FrameworkNode> assemble(Map<String, Map<String, Map<String, List<FrameworkNode>>>> tree,
            Layout layout) {
        List<FrameworkNode> top = new ArrayList<>();
        int g = 0;
        for (var group : tree.entrySet()) {
            String groupCode = "G" + (++g);
            List<FrameworkNode> firsts = new ArrayList<>();
            int f = 0;
            for (var first : group.getValue().entrySet()) {
                String firstCode = groupCode + "." + (++f);
                List<FrameworkNode> seconds = new ArrayList<>();
                int s = 0;
                for (var second : first.getValue().entrySet()) {
                    String secondCode = firstCode + "." + (++s);
                    List<FrameworkNode> leaves = new ArrayList<>();
                    int l = 0;
                    for (FrameworkNode leaf : second.getValue()) {
                        leaves.add(recode(leaf, secondCode + "." + (++l), 3));
                    }
                    if (second.getKey().isEmpty()) {
                        leaves.forEach(leaf -> seconds.add(recode(leaf, leaf.code(), 2)));
                    } else {
                        seconds.add(heading(secondCode, second.getKey(), 2, null, subCategory(second.getKey()), leaves));
                    }
                }
                if (first.getKey().isEmpty()) {
                    seconds.forEach(n -> firsts.add(recode(n, n.code(), 1)));
                } else {
                    firsts.add(heading(firstCode, first.getKey(), 1, category(first.getKey()), null, seconds));
                }
            }
            if (group.getKey().isEmpty()) {
                firsts.forEach(n -> top.add(recode(n, n.code(), 0)));
            } else {
                top.add(heading(groupCode, group.getKey(), 0,
                        layout == Layout.ACTIVITY ? IndicatorCategory.ACTIVITY : IndicatorCategory.GOAL_GROUP, null,
                        firsts));
            }
        }
        return top;
    }

    private static FrameworkNode heading(String code, String name, int level, IndicatorCategory category,
            IndicatorSubCategory sub, List<FrameworkNode> children) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FrameworkNode child : children) {
            sum = sum == null || child.weight() == null ? null : sum.add(child.weight());
        }
        return new FrameworkNode(code, name, level, sum, category, sub, null, null, null, null, null, null, null,
                null, null, children);
    }

    /** Same node one level up when a row leaves a column empty; leaves keep level = parent + 1. */
    private static FrameworkNode recode(FrameworkNode n, String code, int level) {
        return new FrameworkNode(code, n.name(), level, n.weight(), n.category(), n.subCategory(), n.direction(),
                n.target(), n.measureUnit(), n.scoringMethod(), n.methodParameters(), n.scoringRule(), n.origin(),
                n.dataBinding(), n.parsedTarget(), n.children() == null ? List.of()
                        : n.children().stream().map(c -> recode(c, c.code(), level + 1)).toList());
    }

    static ScoringMethod method(String name, TargetValue target) {
        if (target == null) {
            return name.contains("预算执行") ? ScoringMethod.EXECUTION_RATE : ScoringMethod.MANUAL;
        }
        if (!target.isNumeric()) {
            return target.kind() == QualitativeKind.RANK ? ScoringMethod.RANK_WITHIN
                    : target.kind() == QualitativeKind.GRADE_SCALE ? ScoringMethod.GRADE : ScoringMethod.BINARY;
        }
        if (target.value().signum() == 0 && target.direction() != Direction.AT_LEAST) {
            return ScoringMethod.ZERO_TOLERANCE;
        }
        return switch (target.direction()) {
            case AT_MOST -> ScoringMethod.RATIO_AT_MOST;
            case EQUALS -> ScoringMethod.EQUALS;
            default -> name.contains("满意度") ? ScoringMethod.SATISFACTION : ScoringMethod.RATIO_AT_LEAST;
        };
    }

    private static IndicatorCategory category(String label) {
        for (IndicatorCategory c : IndicatorCategory.values()) {
            if (!c.isGroup() && (c.label().equals(label) || (c.label().replace("指标", "")).equals(label))) {
                return c;
            }
        }
        return IndicatorCategory.OTHER;
    }

    private static IndicatorSubCategory subCategory(String label) {
        String normalised = label.replace("环境效益", "生态效益");
        for (IndicatorSubCategory s : IndicatorSubCategory.values()) {
            if (s.label().equals(normalised)) {
                return s;
            }
        }
        return null;
    }

    private record Placed(String group, String first, String second, FrameworkNode leaf) {
    }

    private static List<Placed> placed(List<FrameworkNode> nodes) {
        List<Placed> out = new ArrayList<>();
        for (FrameworkNode n : nodes) {
            walk(n, new ArrayList<>(), out);
        }
        return out;
    }

    private static void walk(FrameworkNode n, List<FrameworkNode> ancestors, List<Placed> out) {
        if (FrameworkTrees.isLeaf(n)) {
            String group = "";
            List<String> headings = new ArrayList<>();
            for (FrameworkNode a : ancestors) {
                if (a.category() != null && a.category().isGroup()) {
                    group = text(a.name());
                } else {
                    headings.add(text(a.name()));
                }
            }
            out.add(new Placed(group, headings.size() > 0 ? headings.get(0) : "",
                    headings.size() > 1 ? headings.get(headings.size() - 1) : "", n));
            return;
        }
        ancestors.add(n);
        for (FrameworkNode child : n.children()) {
            walk(child, ancestors, out);
        }
        ancestors.remove(ancestors.size() - 1);
    }

    private static String nature(FrameworkNode leaf) {
        Direction d = leaf.direction() != null ? leaf.direction()
                : leaf.parsedTarget() == null ? null : leaf.parsedTarget().direction();
        if (d == null) {
            return "";
        }
        return switch (d) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case EQUALS -> "＝";
            case QUALITATIVE -> "定性";
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
