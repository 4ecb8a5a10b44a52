-- Hand-written, no schema change: gate decisions are immutable once made (PRODUCT.md), and so is
-- what they rest on — the scorecards, their scores and the adopting organisations. Like the audit
-- trail's rule, the database itself refuses the change, whatever code path (or person) tries it.
CREATE FUNCTION "gate_record_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is immutable once written (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "GateDecision_immutable" BEFORE UPDATE OR DELETE ON "GateDecision"
  FOR EACH ROW EXECUTE FUNCTION "gate_record_immutable"();
CREATE TRIGGER "GateScorecard_immutable" BEFORE UPDATE OR DELETE ON "GateScorecard"
  FOR EACH ROW EXECUTE FUNCTION "gate_record_immutable"();
CREATE TRIGGER "GateScore_immutable" BEFORE UPDATE OR DELETE ON "GateScore"
  FOR EACH ROW EXECUTE FUNCTION "gate_record_immutable"();
CREATE TRIGGER "DecisionAdopter_immutable" BEFORE UPDATE OR DELETE ON "DecisionAdopter"
  FOR EACH ROW EXECUTE FUNCTION "gate_record_immutable"();

-- A review stays as the lead handed it in while open, closes once, and is never removed.
CREATE FUNCTION "gate_review_closes_once"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'DECIDED' OR NEW."phaseId" <> OLD."phaseId" THEN
    RAISE EXCEPTION 'GateReview % cannot change once decided (% refused)', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "GateReview_closes_once" BEFORE UPDATE OR DELETE ON "GateReview"
  FOR EACH ROW EXECUTE FUNCTION "gate_review_closes_once"();

-- A condition keeps the words and due date it was decided with; it is marked done once.
CREATE FUNCTION "gate_condition_done_once"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD."doneAt" IS NOT NULL OR NEW."doneAt" IS NULL
     OR NEW.text IS DISTINCT FROM OLD.text OR NEW."dueDate" IS DISTINCT FROM OLD."dueDate" OR NEW."decisionId" <> OLD."decisionId" THEN
    RAISE EXCEPTION 'GateCondition % can only be marked done, once (% refused)', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "GateCondition_done_once" BEFORE UPDATE OR DELETE ON "GateCondition"
  FOR EACH ROW EXECUTE FUNCTION "gate_condition_done_once"();
