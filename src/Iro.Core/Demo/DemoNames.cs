namespace Iro.Core.Demo;

/// <summary>The only names the demo generator uses: common given and family names, combined at random, so
/// that no demo person is a real one. Combinations that happen to name a well-known person are refused
/// (<see cref="IsRefused"/>).</summary>
internal static class DemoNames
{
    // Children: names common among children born in England 2008–2026, by broad background.
    public static readonly string[] BoysBritish =
    [
        "Oliver", "Jack", "Harry", "George", "Noah", "Leo", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar",
        "Thomas", "Archie", "Joshua", "William", "Henry", "Riley", "Mason", "Logan", "Ethan", "Lucas", "Tyler",
        "Kai", "Harvey", "Jayden", "Callum", "Connor", "Liam", "Dylan", "Reece", "Kyle", "Lewis", "Max", "Theo",
        "Finley", "Tommy", "Ryan", "Jake", "Bobby", "Louie", "Frankie", "Ronnie", "Stanley", "Teddy", "Albie",
        "Jenson", "Brandon", "Corey", "Ashton", "Jamie", "Nathan", "Owen", "Rhys",
    ];

    public static readonly string[] GirlsBritish =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ruby", "Lily", "Evie", "Poppy", "Sophie", "Ella", "Freya",
        "Millie", "Chloe", "Jessica", "Emily", "Holly", "Lacey", "Ellie", "Megan", "Paige", "Courtney", "Leah",
        "Niamh", "Summer", "Skye", "Maisie", "Darcey", "Lola", "Harper", "Willow", "Isabelle", "Scarlett",
        "Phoebe", "Erin", "Amber", "Kayla", "Tia", "Jade", "Katie", "Gracie", "Sienna", "Bella", "Layla", "Rosie",
        "Daisy", "Florence", "Imogen", "Matilda",
    ];

    public static readonly string[] BoysSouthAsian =
        ["Mohammed", "Ibrahim", "Yusuf", "Zain", "Hamza", "Ayaan", "Arjun", "Rayan", "Adam", "Bilal", "Haris", "Aarav"];

    public static readonly string[] GirlsSouthAsian =
        ["Aisha", "Maryam", "Zara", "Fatima", "Amira", "Hafsa", "Inaya", "Sana", "Anaya", "Priya", "Alisha", "Zainab"];

    public static readonly string[] BoysAfrican =
        ["Daniel", "Samuel", "David", "Emmanuel", "Joshua", "Tobi", "Kwame", "Femi", "Abdi", "Yonas", "Dawit", "Isaac"];

    public static readonly string[] GirlsAfrican =
        ["Grace", "Blessing", "Esther", "Precious", "Favour", "Ruth", "Hana", "Amina", "Miriam", "Abigail", "Deborah"];

    public static readonly string[] BoysMiddleEastern =
        ["Omar", "Ahmad", "Mustafa", "Hassan", "Karim", "Reza", "Yousef", "Samir", "Tariq", "Mahdi", "Ali", "Jamal"];

    public static readonly string[] GirlsMiddleEastern =
        ["Leila", "Noor", "Yasmin", "Sara", "Mina", "Parisa", "Rana", "Farah"];

    public static readonly string[] BoysEastAsian = ["Minh", "Duc", "Huy", "Jun", "Kevin", "Ethan", "Ryan"];

    public static readonly string[] GirlsEastAsian = ["Anh", "Linh", "Mei", "Jasmine", "Chloe", "Lily"];

    public static readonly string[] BoysEuropean =
        ["Jakub", "Filip", "Oskar", "Szymon", "Mateusz", "Luca", "Andrei", "Matei", "Tomas", "Lukas"];

    public static readonly string[] GirlsEuropean =
        ["Zuzanna", "Julia", "Maja", "Natalia", "Alexandra", "Ioana", "Emilia", "Lena", "Ana"];

    // Staff: names common among adults of working age.
    public static readonly string[] WomenStaff =
    [
        "Sarah", "Claire", "Emma", "Rachel", "Helen", "Laura", "Nicola", "Joanne", "Lisa", "Kerry", "Gemma", "Amy",
        "Hannah", "Rebecca", "Charlotte", "Victoria", "Katie", "Natalie", "Louise", "Michelle", "Jennifer",
        "Samantha", "Kate", "Zoe", "Lucy", "Fiona", "Anna", "Joanna", "Priya", "Amina", "Nadia", "Funmi",
        "Shabana", "Alison", "Caroline", "Deborah", "Jane", "Karen", "Ruth",
    ];

    public static readonly string[] MenStaff =
    [
        "David", "Mark", "Paul", "Andrew", "Richard", "Stephen", "Michael", "Daniel", "Matthew", "James", "Gareth",
        "Neil", "Simon", "Tom", "Adam", "Ben", "Rob", "Imran", "Tariq", "Kwame", "Samuel", "Peter", "Martin",
        "Ian", "Darren",
    ];

    public static readonly string[] FamilyBritish =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
        "Edwards", "Turner", "Hill", "Moore", "Cooper", "Harris", "Ward", "Martin", "Lewis", "King", "Baker",
        "Parker", "Morris", "Cook", "Bell", "Bennett", "Shaw", "Holmes", "Mills", "Lee", "Price", "Barker",
        "Marshall", "Mason", "Fisher", "Collins", "Palmer", "Gibson", "Russell", "Stevens", "Chapman", "Webb",
        "Harvey", "Lloyd", "Simpson", "Reid", "Pearson", "Carter", "Atkinson", "Dixon", "Fletcher", "Booth",
        "Bradley", "Hunt", "Lawson", "Burton", "Hudson", "Graham", "Knight", "Butler", "Foster", "Dawson",
        "Spencer", "Gray", "Armstrong", "Barnes", "Jenkins", "Fox", "Pearce", "Thornton", "Brooks", "Chambers",
        "Holland", "Hopkins", "Lambert", "Nolan", "Rowe", "Sutton", "Hartley",
    ];

    public static readonly string[] FamilyIrish =
        ["Murphy", "Kelly", "O'Brien", "Byrne", "Walsh", "O'Connor", "Doyle", "Kennedy", "Quinn", "Gallagher", "Doherty", "McCarthy", "Brennan"];

    public static readonly string[] FamilySouthAsian =
        ["Khan", "Ahmed", "Hussain", "Ali", "Patel", "Akhtar", "Iqbal", "Mahmood", "Rahman", "Uddin", "Shah", "Islam", "Miah", "Singh", "Sharma", "Choudhury"];

    public static readonly string[] FamilyAfrican =
    [
        "Mensah", "Okafor", "Adeyemi", "Osei", "Boateng", "Mohamed", "Abdi", "Ibrahim", "Tesfaye", "Haile",
        "Mwangi", "Okonkwo", "Bello", "Adebayo", "Owusu", "Asante", "Nwosu", "Kamara", "Conteh", "Berhe",
        "Yohannes", "Abdalla",
    ];

    public static readonly string[] FamilyCaribbean =
        ["Campbell", "Francis", "Grant", "Richards", "Samuels", "Thomas", "Henry", "Baptiste", "Joseph", "Gordon"];

    public static readonly string[] FamilyEastAsian = ["Chen", "Wong", "Li", "Zhang", "Liu", "Lam", "Cheung", "Ng", "Nguyen", "Tran", "Pham"];

    public static readonly string[] FamilyEuropean =
        ["Nowak", "Kowalski", "Wojcik", "Popescu", "Ionescu", "Kaminski", "Lewandowski", "Horvath", "Petrov", "Balogh", "Dumitru", "Kazlauskas"];

    public static readonly string[] FamilyMiddleEastern =
        ["Ahmadi", "Rahimi", "Mohammadi", "Hosseini", "Karimi", "Nazari", "Haidari", "Hassan", "Osman", "Said", "Mahmoud", "Aziz"];

    /// <summary>Every given name the generator can use.</summary>
    public static readonly IReadOnlySet<string> AllGivenNames = new HashSet<string>(
        new[]
        {
            BoysBritish, GirlsBritish, BoysSouthAsian, GirlsSouthAsian, BoysAfrican, GirlsAfrican, BoysMiddleEastern,
            GirlsMiddleEastern, BoysEastAsian, GirlsEastAsian, BoysEuropean, GirlsEuropean, WomenStaff, MenStaff,
        }.SelectMany(n => n), StringComparer.Ordinal);

    /// <summary>Every family name the generator can use.</summary>
    public static readonly IReadOnlySet<string> AllFamilyNames = new HashSet<string>(
        new[]
        {
            FamilyBritish, FamilyIrish, FamilySouthAsian, FamilyAfrican, FamilyCaribbean, FamilyEastAsian,
            FamilyEuropean, FamilyMiddleEastern,
        }.SelectMany(n => n), StringComparer.Ordinal);

    // Random pairs that would name a well-known person; the generator draws again.
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal)
    {
        "Adam Smith", "Ben Foster", "Ben White", "Callum Wilson", "David Gray", "David Jones", "Gemma Collins",
        "Grace Jones", "Ian Wright", "James Cook", "James Martin", "James Taylor", "Katie Price", "Kyle Walker",
        "Mark Hughes", "Mark Wright", "Martin Lewis", "Matthew Wright", "Michael Jackson", "Owen Wilson",
        "Paul Mason", "Paul Robinson", "Paul Walker", "Peter Parker", "Ruby Turner", "Ruth Jones", "Stephen King",
        "Tom Baker", "Tom Jones", "Harry Kane", "Jack Wilson", "Emma Watson", "Kate Moss", "Mason Mount",
        "Jamie Carter", "Harry Lewis", "Lily Allen", "Joshua King", "Jake Wood", "Ryan Gray",
    };

    public static bool IsRefused(string given, string family) =>
        string.Equals(given, family, StringComparison.Ordinal) || Refused.Contains($"{given} {family}");
}
