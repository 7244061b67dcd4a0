// @title 职责角色（原文写明） | Responsibility roles as stated
// @answers How many responsibilities does the text give a role, and which? lead = 牵头, supporting = 配合/参与/协办,
// @answers responsible = 责任单位 beside a stated lead, submitting = 报送单位; "not stated" = the text gives none.
// @answers-zh 原文为多少项职责写明了角色？lead = 牵头，supporting = 配合/参与/协办，responsible = 牵头单位之外的责任单位，
// @answers-zh submitting = 报送单位；not stated = 原文未写明。
MATCH (:Agency)-[r:RESPONSIBLE_FOR]->(:Measure|Requirement)
RETURN coalesce(r.role, 'not stated') AS role, count(*) AS responsibilities
ORDER BY responsibilities DESC, role
