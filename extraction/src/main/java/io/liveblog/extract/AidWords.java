package io.liveblog.extract;

import java.util.Map;
import java.util.Set;

/**
 * The words aid figures are read with: the vehicles, flights and shelter items counted, the measures and containers
 * supplies come in, what aid consists of, the cues that make trucks or flights aid (or not), and the verbs that say
 * people received aid ("reached 800,000 people with food").
 *
 * <p>Separate from {@link Lexicon}, which keeps the people, casualty and number-context words and the helpers that
 * build word sets, so that the aid vocabulary can be checked and extended on its own.
 */
final class AidWords {

    private AidWords() {
    }

    /** Vehicle heads counted as trucks. */
    static final WordSet TRUCK_HEADS = Lexicon.words(
            "trucks", "truck", "lorries", "lorry", "truckloads", "truckload", "tankers", "tanker");

    /**
     * Words after which a number or a noun is what a vehicle carries or holds: "a plane carrying 25 tonnes", "trucks
     * loaded with flour", "a cargo plane with 31 tonnes".
     */
    static final WordSet CARGO_OPENERS = Lexicon.words(
            "carrying", "with", "loaded", "laden", "bringing", "transporting", "delivering", "containing");

    /**
     * Words naming aid or an aid agency, unlike the verbs of delivery among {@link #AID_CUES}: what makes planes
     * that landed relief flights.
     */
    static final WordSet AID_NAMES = Lexicon.words("aid", "humanitarian", "relief", "supplies", "assistance",
            "goods", "items", "aid-laden", "unrwa", "wfp", "unicef", "ocha", "crescent", "icrc");

    /** Flight heads counted as relief flights when they carry aid. */
    static final WordSet FLIGHT_HEADS = Lexicon.words(
            "flights", "flight", "planes", "plane", "airplanes", "airlifts", "airlift", "airdrops", "airdrop",
            "sorties");

    /** Shelter items, each its own unit. */
    static final WordSet SHELTER_HEADS = Lexicon.words(
            "tents", "tent", "blankets", "blanket", "tarpaulins", "tarpaulin", "tarps", "mattresses", "mattress",
            "sleeping", "shelters-kits", "cots", "cot");

    /** Measures and the unit name carried on the claim. */
    static final Map<String, String> MEASURES = Lexicon.hashed(Map.ofEntries(
            Map.entry("litres", "litres"), Map.entry("liters", "litres"), Map.entry("litre", "litres"),
            Map.entry("liter", "litres"), Map.entry("gallons", "gallons"), Map.entry("gallon", "gallons"),
            Map.entry("tonnes", "tonnes"), Map.entry("tonne", "tonnes"), Map.entry("tons", "tonnes"),
            Map.entry("ton", "tonnes"), Map.entry("kilograms", "kg"), Map.entry("kilogram", "kg"),
            Map.entry("kg", "kg"), Map.entry("kilos", "kg"), Map.entry("pounds", "lb"), Map.entry("lbs", "lb"),
            Map.entry("cubic", "m3"), Map.entry("barrels", "barrels")));

    /** Containers and countable aid items, with the unit name carried on the claim. */
    static final Map<String, String> CONTAINERS = Lexicon.hashed(Map.ofEntries(
            Map.entry("parcels", "parcels"), Map.entry("parcel", "parcels"), Map.entry("packages", "packages"),
            Map.entry("package", "packages"), Map.entry("boxes", "boxes"), Map.entry("box", "boxes"),
            Map.entry("bags", "bags"), Map.entry("sacks", "sacks"), Map.entry("cartons", "cartons"),
            Map.entry("bottles", "bottles"), Map.entry("kits", "kits"), Map.entry("kit", "kits"),
            Map.entry("baskets", "baskets"), Map.entry("rations", "rations"), Map.entry("meals", "meals"),
            Map.entry("loaves", "loaves"), Map.entry("doses", "doses"), Map.entry("pallets", "pallets"),
            Map.entry("packs", "packs"), Map.entry("vials", "vials"), Map.entry("jerrycans", "jerrycans"),
            Map.entry("canisters", "canisters"), Map.entry("cylinders", "cylinders"),
            Map.entry("vouchers", "vouchers")));

    /** What aid consists of, and the metric it is counted under. */
    static final Map<String, Metric> SUBSTANCES = Lexicon.byWord(
            new Lexicon.Naming(Metric.FUEL, "fuel", "diesel", "petrol", "gasoline", "kerosene", "benzine", "gas"),
            new Lexicon.Naming(Metric.FOOD, "food", "flour", "wheat", "rice", "sugar", "bread", "meals", "lentils",
                    "grain", "biscuits", "milk", "formula", "foodstuffs", "nutrition", "canned", "rations",
                    // staples WFP and NGO updates list by name ("500 tonnes of sorghum, pulses and oil")
                    "sorghum", "pulses", "beans", "chickpeas", "maize", "millet", "barley", "cereals", "bulgur",
                    "semolina", "pasta"),
            new Lexicon.Naming(Metric.WATER, "water"),
            new Lexicon.Naming(Metric.MEDICAL_SUPPLIES, "medicine", "medicines", "medical", "medications", "medication",
                    "drugs", "vaccines", "vaccine", "surgical", "insulin", "antibiotics", "trauma", "pharmaceuticals",
                    "anesthetics", "anaesthetics", "bandages", "syringes", "painkillers", "health",
                    // what an epidemic response flies in ("21 tonnes of protective equipment and disinfectant")
                    "protective", "ppe", "disinfectant", "disinfectants"),
            new Lexicon.Naming(Metric.RELIEF_SUPPLIES, "aid", "relief", "supplies", "humanitarian", "hygiene",
                    "assistance", "items"),
            new Lexicon.Naming(Metric.SHELTER_ITEMS, "tents", "blankets", "shelter", "tarpaulins", "mattresses"));

    /** Words that make trucks or flights aid ("aid trucks", "trucks carrying medicine"). */
    static final WordSet AID_CUES = Lexicon.words(
            "aid", "humanitarian", "relief", "supplies", "medicine", "medicines", "medical", "food", "water", "flour",
            "assistance", "goods", "items", "tents", "blankets", "unrwa", "un", "wfp", "unicef", "aid-laden",
            "deliveries", "delivered", "delivering", "crossing", "crossed", "entered", "enter", "entering", "allowed",
            "cross", "crosses", "arrive", "arrives", "arrived", "arriving",
            "convoy", "convoys", "unloaded", "inspected", "ocha", "cogat", "crescent", "icrc",
            // trucks someone tallies at the crossings ("The UN's tracking mechanism has counted 410 trucks offloaded
            // at the crossings")
            "offloaded", "crossings", "counted");

    /** Words that make a truck a fuel truck. */
    static final WordSet FUEL_CUES = Lexicon.words(
            "fuel", "diesel", "petrol", "gasoline", "gas", "kerosene", "benzine", "tanker", "tankers");

    /** Modifiers that make trucks or flights something other than aid. */
    static final WordSet NOT_AID_MODIFIERS = Lexicon.words(
            "commercial", "military", "private", "army", "garbage", "fire", "police", "israeli-army", "armored",
            "armoured", "empty", "passenger", "cargo-less", "fighter", "combat", "surveillance");

    /** Verbs whose person object received aid ("reached 800,000 people with food"). */
    static final WordSet ASSIST_VERBS_BEFORE = Lexicon.words(
            "reached", "reaching", "reaches", "assisted", "assisting", "helped", "helping", "served", "serving",
            "fed", "feeding", "supported", "supporting", "supplied", "supplying", "benefiting", "benefitting",
            "reach", "assist", "help", "serve", "feed", "support", "feeds", "helps", "serves", "supports",
            "assists");

    /** Predicates meaning people received aid ("1,000 families received food parcels"). */
    static final WordSet ASSIST_PREDICATES = Lexicon.words(
            "received", "receiving", "receive", "benefited", "benefitted", "benefiting", "reached", "assisted",
            "helped", "served", "fed", "got", "supported");
}
