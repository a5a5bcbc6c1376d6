/**
 * Plausible, diverse names from fixed lists (no real people intended) and institutional
 * emails firstname.lastname@northbridge.example, numbered when two people share a name.
 */
import { EMAIL_DOMAIN } from './options';
import type { Rng } from './prng';

const WOMEN = [
	'Aaliyah', 'Abigail', 'Adaeze', 'Aisha', 'Alejandra', 'Amara', 'Amelia', 'Ana', 'Anjali', 'Ashley',
	'Ayesha', 'Bianca', 'Brianna', 'Camila', 'Catherine', 'Chen', 'Chiamaka', 'Claire', 'Daniela', 'Deepa',
	'Destiny', 'Elena', 'Emily', 'Esperanza', 'Fatima', 'Gabriela', 'Grace', 'Hana', 'Imani', 'Isabel',
	'Jasmine', 'Jessica', 'Kaila', 'Keisha', 'Kiara', 'Lakshmi', 'Laura', 'Leilani', 'Lucía', 'Mai',
	'Maria', 'Maya', 'Mei', 'Megan', 'Mónica', 'Nadia', 'Naomi', 'Nia', 'Olivia', 'Priya',
	'Rachel', 'Rosa', 'Sakura', 'Samantha', 'Sara', 'Sofia', 'Tanisha', 'Thu', 'Valentina', 'Winona',
	'Ximena', 'Yasmin', 'Yuki', 'Zoë', 'Hannah', 'Rebecca', 'Ngozi', 'Soo-ah', 'Kalani', 'Marisol'
];

const MEN = [
	'Aarav', 'Abdul', 'Adrian', 'Ahmed', 'Alejandro', 'Andre', 'Arjun', 'Benjamin', 'Brandon', 'Carlos',
	'Chidi', 'Christopher', 'Daniel', 'Darnell', 'David', 'Diego', 'Dmitri', 'Elijah', 'Emeka', 'Ethan',
	'Gabriel', 'Hiroshi', 'Ibrahim', 'Isaac', 'Jamal', 'James', 'Javier', 'Jin', 'John', 'Jorge',
	'José', 'Joseph', 'Kai', 'Kwame', 'Liam', 'Lucas', 'Malik', 'Marcus', 'Mateo', 'Matthew',
	'Michael', 'Min-jun', 'Mohammed', 'Nathan', 'Noah', 'Omar', 'Pablo', 'Rahul', 'Ricardo', 'Rohan',
	'Samuel', 'Santiago', 'Sean', 'Tariq', 'Thomas', 'Tyrone', 'Vikram', 'Wei', 'William', 'Xavier',
	'Yusuf', 'Zachary', 'Kenji', 'Oluwaseun', 'Hoang', 'Makoa', 'Dakota', 'Ryan', 'Andrew', 'Luis'
];

const NEUTRAL = ['Alex', 'Avery', 'Jordan', 'Riley', 'Morgan', 'Quinn', 'Sage', 'Rowan', 'Skyler', 'Jamie', 'Robin', 'Ari'];

const LAST = [
	'Abbott', 'Adeyemi', 'Aguilar', 'Ahmed', 'Alvarez', 'Anderson', 'Banerjee', 'Begay', 'Bennett', 'Brown',
	'Castillo', 'Chang', 'Chen', 'Chowdhury', 'Clark', 'Coleman', 'Cruz', 'Davis', 'Diaz', 'Dubois',
	'Edwards', 'Eze', 'Fernández', 'Fischer', 'Flores', 'Garcia', 'Goldberg', 'Gomez', 'Gonzalez', 'Green',
	'Gupta', 'Hall', 'Hassan', 'Hernandez', 'Hill', 'Ho', 'Huang', 'Ibrahim', 'Iyer', 'Jackson',
	'Jenkins', 'Jimenez', 'Johnson', 'Jones', 'Kahananui', 'Kaur', 'Kelly', 'Khan', 'Kim', 'Kowalski',
	'Kumar', 'Le', 'Lee', 'Lewis', 'Li', 'Liu', 'Lopez', 'Martin', 'Martinez', 'McCarthy',
	'Mendoza', 'Miller', 'Mitchell', 'Moore', 'Morales', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Nwosu',
	'Obi', "O'Brien", 'Okafor', 'Olsen', 'Ortiz', 'Park', 'Patel', 'Perez', 'Petrov', 'Phillips',
	'Ramirez', 'Ramos', 'Reddy', 'Reyes', 'Rivera', 'Roberts', 'Robinson', 'Rodriguez', 'Rossi', 'Sanchez',
	'Santos', 'Schmidt', 'Shah', 'Sharma', 'Silva', 'Singh', 'Smith', 'Sullivan', 'Tanaka', 'Taylor',
	'Thomas', 'Thompson', 'Torres', 'Tran', 'Tsosie', 'Turner', 'Vasquez', 'Walker', 'Wang', 'Washington',
	'White', 'Williams', 'Wilson', 'Wong', 'Wright', 'Wu', 'Yamamoto', 'Yang', 'Young', 'Zhang',
	'Adams-Moore', 'García-López', 'St. Clair', 'Van der Berg', 'Da Silva', 'Mahmoud', 'Osei', 'Mensah', 'Yazzie', 'Palakiko'
];

export interface PersonName {
	first: string;
	last: string;
}

export function drawName(rng: Rng, gender: string): PersonName {
	const firsts = gender === 'woman' ? WOMEN : gender === 'man' ? MEN : rng.chance(0.6) ? NEUTRAL : rng.chance(0.5) ? WOMEN : MEN;
	return { first: rng.pick(firsts), last: rng.pick(LAST) };
}

/** Lower-case ASCII local part: accents dropped, spaces and apostrophes removed. */
function emailPart(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z-]/g, '');
}

/** Hands out unique emails: the second Maria Garcia becomes maria.garcia2@… */
export class EmailBook {
	private seen = new Map<string, number>();

	emailFor(name: PersonName): string {
		const base = `${emailPart(name.first)}.${emailPart(name.last)}`;
		const n = (this.seen.get(base) ?? 0) + 1;
		this.seen.set(base, n);
		return `${base}${n > 1 ? n : ''}@${EMAIL_DOMAIN}`;
	}
}
