package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The newsgraph vocabulary ({@code ontology/newsgraph.ttl}) as Jena nodes. */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    private NG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // classes
    public static final Node Document = term("Document");
    public static final Node Sentence = term("Sentence");
    public static final Node Mention = term("Mention");
    public static final Node Actor = term("Actor");
    public static final Node State = term("State");
    public static final Node Organization = term("Organization");
    public static final Node ArmedGroup = term("ArmedGroup");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Claim = term("Claim");
    public static final Node RelationStatement = term("RelationStatement");
    public static final Node ControlStatement = term("ControlStatement");
    public static final Node LinkDecision = term("LinkDecision");
    public static final Node LinkCandidate = term("LinkCandidate");
    public static final Node Outlet = term("Outlet");
    public static final Node Quantity = term("Quantity");
    public static final Node Proposition = term("Proposition");
    public static final Node Disagreement = term("Disagreement");
    public static final Node NameUse = term("NameUse");

    // documents and sentences
    public static final Node fileName = term("fileName");
    public static final Node contentHash = term("contentHash");
    public static final Node sourcePath = term("sourcePath");
    public static final Node outlet = term("outlet");
    public static final Node sentenceCount = term("sentenceCount");
    public static final Node characterCount = term("characterCount");
    public static final Node inDocument = term("inDocument");
    public static final Node index = term("index");
    public static final Node text = term("text");
    public static final Node start = term("start");
    public static final Node end = term("end");

    // mentions and entities
    public static final Node mentions = term("mentions");
    public static final Node inSentence = term("inSentence");
    public static final Node surface = term("surface");
    public static final Node refersTo = term("refersTo");
    public static final Node rule = term("rule");
    public static final Node role = term("role");
    public static final Node affiliation = term("affiliation");
    public static final Node partOf = term("partOf");
    public static final Node locatedIn = term("locatedIn");
    public static final Node country = term("country");

    // relations and claims
    public static final Node backs = term("backs");
    public static final Node opposes = term("opposes");
    public static final Node claims = term("claims");
    public static final Node denies = term("denies");
    public static final Node cue = term("cue");
    public static final Node speakerSurface = term("speakerSurface");
    public static final Node evidence = term("evidence");
    public static final Node heldBy = term("heldBy");
    public static final Node confidence = term("confidence");

    // claim content
    public static final Node content = term("content");
    public static final Node eventType = term("eventType");
    public static final Node eventWord = term("eventWord");
    public static final Node polarity = term("polarity");
    public static final Node participant = term("participant");
    public static final Node agent = term("agent");
    public static final Node place = term("place");
    public static final Node timeFrom = term("timeFrom");
    public static final Node timeTo = term("timeTo");
    public static final Node timePrecision = term("timePrecision");
    public static final Node timeExpression = term("timeExpression");
    public static final Node quantity = term("quantity");
    public static final Node value = term("value");
    public static final Node minValue = term("minValue");
    public static final Node maxValue = term("maxValue");
    public static final Node unit = term("unit");
    public static final Node marker = term("marker");
    public static final Node deniedSource = term("deniedSource");

    // across outlets
    public static final Node expresses = term("expresses");
    public static final Node contradicts = term("contradicts");
    public static final Node disputes = term("disputes");
    public static final Node against = term("against");
    public static final Node claimCount = term("claimCount");
    public static final Node documentCount = term("documentCount");
    public static final Node outletCount = term("outletCount");
    public static final Node speakerCount = term("speakerCount");
    public static final Node sourceCount = term("sourceCount");
    public static final Node sourcing = term("sourcing");
    public static final Node source = term("source");
    public static final Node firstReported = term("firstReported");
    public static final Node firstReportedIn = term("firstReportedIn");
    public static final Node actor = term("actor");
    public static final Node inOutlet = term("inOutlet");
    public static final Node term = term("term");
    public static final Node count = term("count");
    public static final Node loadedTerm = term("loadedTerm");
    public static final Node loading = term("loading");

    // linking to Wikidata
    public static final Node linkedEntity = term("linkedEntity");
    public static final Node outcome = term("outcome");
    public static final Node wikidataItem = term("wikidataItem");
    public static final Node score = term("score");
    public static final Node alternative = term("alternative");
    public static final Node matchedName = term("matchedName");
    public static final Node linkSource = term("linkSource");
    public static final Node reason = term("reason");
    public static final Node answeredName = term("answeredName");
}
