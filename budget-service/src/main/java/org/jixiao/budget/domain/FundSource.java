package org.jixiao.budget.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 资金来源. */
@Schema(name = "FundSource", description = "资金来源: GENERAL_APPROPRIATION 财政拨款, GOVERNMENT_FUND 政府性基金, "
        + "STATE_CAPITAL 国有资本经营预算, SPECIAL_ACCOUNT 财政专户, UNIT_OWN 单位资金, OTHER 其他")
public enum FundSource {
    GENERAL_APPROPRIATION("财政拨款"),
    GOVERNMENT_FUND("政府性基金"),
    STATE_CAPITAL("国有资本经营预算"),
    SPECIAL_ACCOUNT("财政专户"),
    UNIT_OWN("单位资金"),
    OTHER("其他");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
